"""Sites set up before roles were stored: adopt their groups and workflow once, by the old names."""

from django.db import migrations

OLD_NAMES = {
    "city_office": "City communications office",
    "translators": "Translators",
}
OLD_WORKFLOW = "Review by city communications office"


def adopt(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    RoleGroup = apps.get_model("core", "RoleGroup")
    for key, name in OLD_NAMES.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            RoleGroup.objects.get_or_create(key=key, defaults={"group": group})
    workflow = Workflow.objects.filter(name=OLD_WORKFLOW).first()
    if workflow is not None:
        RoleGroup.objects.get_or_create(key="review_workflow", defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_role_group")]

    operations = [migrations.RunPython(adopt, migrations.RunPython.noop)]
