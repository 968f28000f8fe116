"""Event registrations record the consent to the processing of personal data given on
the sign-up form (network.forms.RegistrationForm)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='seminarregistration',
            name='consent',
            field=models.BooleanField(default=False, verbose_name='consents to the processing of personal data'),
        ),
    ]
