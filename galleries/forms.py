"""The admin's image upload form, refusing broken files with a message instead of a server error."""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, which lets Pillow's errors for truncated or broken files escape as 500s."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class ImageForm(BaseImageForm):
    """Uploads and edits of images in the admin (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            field.__class__ = CheckedImageField
