"""The account's two-factor authentication, in the Wagtail admin (Account → Two-factor)."""

from __future__ import annotations

import io
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log


class ConfirmForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code from the authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class DisableForm(forms.Form):
    password = forms.CharField(label=gettext_lazy("Your password"), widget=forms.PasswordInput)


def qr_svg(text: str) -> str:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


class TwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    """Turn TOTP two-factor login on (scan, then confirm with a code) or off (with the
    password)."""

    template_name = "portal/two_factor.html"
    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"

    def confirmed_device(self):
        return TOTPDevice.objects.filter(user=self.request.user, confirmed=True).first()

    def pending_device(self):
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(
                user=self.request.user, name=_("Authenticator app"), confirmed=False
            )
        return device

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = self.confirmed_device()
        context["enabled"] = device is not None
        if device is None:
            pending = self.pending_device()
            context.update(
                qr=mark_safe(qr_svg(pending.config_url)),
                secret=b32encode(pending.bin_key).decode(),
                confirm_form=kwargs.get("confirm_form") or ConfirmForm(),
            )
        else:
            context["disable_form"] = kwargs.get("disable_form") or DisableForm()
        return context

    def post(self, request, *args, **kwargs):
        if "disable" in request.POST:
            form = DisableForm(request.POST)
            if form.is_valid() and request.user.check_password(form.cleaned_data["password"]):
                TOTPDevice.objects.filter(user=request.user).delete()
                log(
                    instance=request.user,
                    action="portal.permissions",
                    user=request.user,
                    data={"two_factor": "off"},
                )
                messages.success(request, _("Two-factor authentication is off."))
                return redirect("portal:two_factor")
            form.add_error("password", _("The password is not correct."))
            return self.render_to_response(self.get_context_data(disable_form=form), status=400)
        form = ConfirmForm(request.POST)
        device = self.pending_device()
        if form.is_valid() and device.verify_token(form.cleaned_data["otp_token"].strip()):
            device.confirmed = True
            device.save()
            # This session proved the code; others of the same account (opened with the
            # password alone) end (portal.middleware.TwoFactorMiddleware).
            otp_login(request, device)
            log(
                instance=request.user,
                action="portal.permissions",
                user=request.user,
                data={"two_factor": "on"},
            )
            messages.success(
                request, _("Two-factor authentication is on: log in with a code from now on.")
            )
            return redirect("portal:two_factor")
        form.add_error("otp_token", _("This code is not right; try the current one."))
        return self.render_to_response(self.get_context_data(confirm_form=form), status=400)
