"""Invitations to join an institution's team that wait for the invited person's consent
(association.team)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('association', '0006_administrators_choose_public_files'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='TeamInvitation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('editor', 'editor'), ('admin', 'administrator')], max_length=10, verbose_name='role')),
                ('status', models.CharField(choices=[('pending', 'Waiting for an answer'), ('accepted', 'Accepted'), ('declined', 'Declined')], default='pending', max_length=10, verbose_name='status')),
                ('sent_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='sent')),
                ('answered_at', models.DateTimeField(blank=True, null=True, verbose_name='answered')),
                ('institution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='team_invitations', to='association.institution', verbose_name='institution')),
                ('invited_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='invited by')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='team_invitations', to=settings.AUTH_USER_MODEL, verbose_name='invited person')),
            ],
            options={
                'verbose_name': 'team invitation',
                'verbose_name_plural': 'team invitations',
                'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'pending')), fields=('institution', 'user'), name='one_pending_team_invitation')],
            },
        ),
    ]
