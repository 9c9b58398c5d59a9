"""Object storage for uploaded media: django-storages' S3 backend, with outages reported as such."""

import functools

from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage


class StorageUnavailable(OSError):
    """The object storage could not be reached or refused the request.

    An OSError, so that Wagtail treats an unreadable original image like a missing one (pages render
    with an empty image) and the admin can tell the editor that nothing was uploaded.
    """


def reported_as_unavailable(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except (BotoCoreError, ClientError) as error:
            raise StorageUnavailable(str(error)) from error

    return wrapper


class ObjectStorage(S3Storage):
    """S3-compatible storage whose connection and service errors surface as StorageUnavailable."""

    _open = reported_as_unavailable(S3Storage._open)
    _save = reported_as_unavailable(S3Storage._save)
    exists = reported_as_unavailable(S3Storage.exists)
    delete = reported_as_unavailable(S3Storage.delete)
    size = reported_as_unavailable(S3Storage.size)
