"""Page elements laid over or into a site page: benign look-alikes (hard negatives) and malicious injections.

Benign categories and malicious families draw from the same frames (modal, corner card, edge panel, banner, toast,
system-like dialog, in-flow box) and the same box styles (neutral, info, warning, danger, success, dark, brand),
so a red border or a corner position says nothing about the label: the text does.
"""

# ruff: noqa: E501  (HTML templates: long f-string lines read better unbroken)

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from agent_guard.corpus import benign_text, foreign_text, images, words
from agent_guard.corpus.components import INJ_ATTR, Ctx, e, icon
from agent_guard.corpus.payloads import Payload, fake_domain
from agent_guard.corpus.theme import Theme

FIXED_PLACEMENTS = (
    "center",
    "top-left",
    "top-right",
    "bottom-left",
    "bottom-right",
    "top-center",
    "bottom-center",
    "left-edge",
    "right-edge",
)
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
STYLES = ("neutral", "info", "warning", "danger", "success", "dark", "brand")


@dataclass(frozen=True)
class Element:
    html: str
    placement: str
    variant: str
    lang: str
    text: str
    flow_slot: str | None = None  # None: fixed/absolute, appended to <body>; else ctx.slot name

    @property
    def blocking(self) -> bool:
        """A modal that dims or covers the page (centre placement or a backdrop)."""
        return self.flow_slot is None and (self.placement == "center" or "position:fixed;inset:0" in self.html)


def box_colors(theme: Theme, style: str) -> dict[str, str]:
    dark = theme.dark
    table = {
        "neutral": ("var(--surface)", "var(--text)", "var(--border)", "var(--accent)"),
        "info": (
            ("#13243d", "#dbe7ff", "#3b6fc4", "#6ea8fe") if dark else ("#eef4ff", "#12294d", "#9dbcf0", "#2f6fdd")
        ),
        "warning": (
            ("#3a2e0c", "#ffe9a8", "#b8860b", "#f5c542") if dark else ("#fff8e1", "#4a3300", "#f0b429", "#b7791f")
        ),
        "danger": (
            ("#3b1414", "#ffd7d4", "#d9534f", "#ff7b72") if dark else ("#fdecea", "#5f1410", "#d93025", "#d93025")
        ),
        "success": (
            ("#0f2e1b", "#ccf5d8", "#2f9e55", "#56d364") if dark else ("#e9f7ef", "#0f3d22", "#6cc58f", "#1e8e3e")
        ),
        "dark": ("#1f2125", "#f1f3f4", "#3c4043", "#8ab4f8"),
        "brand": ("var(--accent)", "var(--accent-text)", "var(--accent)", "var(--accent-text)"),
    }
    bg, fg, border, accent = table[style]
    return {"bg": bg, "fg": fg, "border": border, "accent": accent}


def _pick_style(rng: random.Random, weights: dict[str, float] | None = None) -> str:
    weights = weights or {}
    return rng.choices(STYLES, weights=[weights.get(s, 1.0) for s in STYLES])[0]


def _btn(label: str, primary: bool, colors: dict[str, str], radius: str = "var(--r)") -> str:
    if primary:
        style = (
            "background:var(--accent);color:var(--accent-text);border:1px solid var(--accent)"
            if colors["accent"] in ("var(--accent)", "var(--accent-text)")
            else f"background:{colors['accent']};color:#fff;border:1px solid {colors['accent']}"
        )
        if colors["bg"] == "var(--accent)":
            style = "background:var(--accent-text);color:var(--accent);border:1px solid var(--accent-text)"
    else:
        style = f"background:transparent;color:{colors['fg']};border:1px solid {colors['border']}"
    return (
        f'<button style="{style};border-radius:{radius};padding:.5em 1em;font:inherit;font-weight:600;'
        f'margin:4px 6px 0 0">{e(label)}</button>'
    )


def fixed_position(placement: str, margin: int, ctx: Ctx) -> str:
    m = f"{margin}px"
    return {
        "center": "top:50%;left:50%;transform:translate(-50%,-50%)",
        "top-left": f"top:{m};left:{m}",
        "top-right": f"top:{m};right:{m}",
        "bottom-left": f"bottom:{m};left:{m}",
        "bottom-right": f"bottom:{m};right:{m}",
        "top-center": f"top:{m};left:50%;transform:translateX(-50%)",
        "bottom-center": f"bottom:{m};left:50%;transform:translateX(-50%)",
        "left-edge": "left:0;top:50%;transform:translateY(-50%)",
        "right-edge": "right:0;top:50%;transform:translateY(-50%)",
        "top-banner": "top:0;left:0;right:0",
        "bottom-banner": "bottom:0;left:0;right:0",
    }[placement]


def card(
    ctx: Ctx,
    rng: random.Random,
    *,
    style: str,
    title: str | None,
    body_html: str,
    buttons: tuple[str, ...] = (),
    icon_name: str | None = None,
    close: bool = True,
    width: int = 420,
    extra_html: str = "",
) -> str:
    c = box_colors(ctx.theme, style)
    width = min(width, ctx.width - 24)
    border_w = 2 if style in ("danger", "warning") and rng.random() < 0.6 else 1
    stripe = f"border-top:5px solid {c['accent']};" if rng.random() < 0.25 else ""
    ic = f'<span style="color:{c["accent"]}">{icon(icon_name, 22, "currentColor")}</span>' if icon_name else ""
    x = f'<span style="position:absolute;top:10px;right:12px;opacity:.7">{icon("close", 16)}</span>' if close else ""
    head = (
        f'<div style="display:flex;gap:10px;align-items:center;font-weight:700;font-size:1.08em;margin-bottom:6px;'
        f'padding-right:22px">{ic}<span>{e(title)}</span></div>'
        if title
        else ""
    )
    btns = "".join(_btn(b, i == 0, c) for i, b in enumerate(buttons))
    return (
        f'<div style="position:relative;width:{width}px;max-width:calc(100vw - 24px);background:{c["bg"]};color:{c["fg"]};'
        f"border:{border_w}px solid {c['border']};{stripe}border-radius:var(--r);padding:{rng.choice((14, 16, 20, 24))}px;"
        f'box-shadow:0 8px 28px rgba(0,0,0,{rng.choice((0.18, 0.25, 0.35))});font-size:{rng.choice((0.92, 0.96, 1.0))}em">'
        f"{x}{head}{body_html}{extra_html}{'<div style=margin-top:10px>' + btns + '</div>' if btns else ''}</div>"
    )


def fixed(
    ctx: Ctx,
    rng: random.Random,
    inner: str,
    placement: str,
    *,
    backdrop: bool = False,
    z: int = 50,
    mark: bool = False,
    opacity: float | None = None,
) -> str:
    margin = rng.choice((8, 12, 16, 24, 32))
    backdrop = backdrop and not ctx.avoid_blocking
    attr = f' {INJ_ATTR}="1"' if mark else ""
    op = f"opacity:{opacity};" if opacity is not None else ""
    shade = ""
    if backdrop:
        shade = f'<div style="position:fixed;inset:0;background:rgba(0,0,0,{rng.choice((0.35, 0.45, 0.55))});z-index:{z - 1}"></div>'
    return f'{shade}<div{attr} style="position:fixed;{fixed_position(placement, margin, ctx)};z-index:{z};{op}">{inner}</div>'


def banner_bar(
    ctx: Ctx,
    rng: random.Random,
    *,
    style: str,
    text_html: str,
    buttons: tuple[str, ...],
    placement: str,
    mark: bool = False,
    icon_name: str | None = None,
    z: int = 60,
) -> str:
    c = box_colors(ctx.theme, style)
    attr = f' {INJ_ATTR}="1"' if mark else ""
    edge = "border-bottom" if placement == "top-banner" else "border-top"
    ic = f'<span style="color:{c["accent"]}">{icon(icon_name, 20, "currentColor")}</span>' if icon_name else ""
    btns = "".join(_btn(b, i == 0, c) for i, b in enumerate(buttons))
    layout = "display:block" if ctx.mobile else "display:flex;align-items:center;gap:14px"
    return (
        f'<div{attr} style="position:fixed;{fixed_position(placement, 0, ctx)};z-index:{z};background:{c["bg"]};color:{c["fg"]};'
        f"{edge}:{rng.choice((1, 2, 3))}px solid {c['border']};padding:{rng.choice((10, 12, 16))}px {20 if not ctx.mobile else 14}px;"
        f'box-shadow:0 0 18px rgba(0,0,0,.15)"><div style="{layout};max-width:1240px;margin:0 auto">{ic}'
        f'<div style="flex:1">{text_html}</div><div style="flex:none">{btns}</div></div></div>'
    )


def flow_box(
    ctx: Ctx,
    rng: random.Random,
    *,
    style: str,
    title: str | None,
    body_html: str,
    buttons: tuple[str, ...] = (),
    icon_name: str | None = None,
    mark: bool = False,
) -> str:
    c = box_colors(ctx.theme, style)
    attr = f' {INJ_ATTR}="1"' if mark else ""
    left = f"border-left:5px solid {c['accent']};" if rng.random() < 0.5 else ""
    ic = f'<span style="color:{c["accent"]}">{icon(icon_name, 20, "currentColor")}</span>' if icon_name else ""
    head = f'<div class="row" style="gap:8px;font-weight:700">{ic}<span>{e(title)}</span></div>' if title else ""
    btns = "".join(_btn(b, i == 0, c) for i, b in enumerate(buttons))
    return (
        f'<div{attr} style="background:{c["bg"]};color:{c["fg"]};border:1px solid {c["border"]};{left}border-radius:var(--r);'
        f'padding:12px 16px;margin:12px 0">{head}{body_html}{"<div>" + btns + "</div>" if btns else ""}</div>'
    )


def paras(text: str, plain: bool = False) -> str:
    style = "" if plain else ' style="margin:.3em 0 .6em"'
    return "".join(f"<p{style}>{e(p)}</p>" for p in text.split("\n") if p.strip())


# --------------------------------------------------------------------------------------------- benign texts

COOKIE = {
    "en": (
        (
            "We use cookies to keep the site working, remember your preferences and measure traffic. You can change "
            "your choice at any time in Cookie settings.",
            "This site uses essential cookies and, with your consent, analytics cookies to improve our service. "
            "Read our Cookie Policy for details.",
            "{brand} and our partners store and access information on your device to personalise content and "
            "measure performance.",
        ),
        (("Accept all", "Reject all", "Manage preferences"), ("Allow cookies", "Only necessary"), ("OK", "Settings")),
        ("Your privacy", "Cookies on {brand}", "We value your privacy"),
    ),
    "fr": (
        (
            "Nous utilisons des cookies pour assurer le bon fonctionnement du site, mémoriser vos préférences et "
            "mesurer l'audience.",
        ),
        (("Tout accepter", "Tout refuser", "Personnaliser"),),
        ("Vos choix en matière de cookies",),
    ),
    "es": (
        (
            "Utilizamos cookies propias y de terceros para que el sitio funcione correctamente y para analizar el tráfico.",
        ),
        (("Aceptar todas", "Rechazar", "Configurar"),),
        ("Tu privacidad",),
    ),
    "de": (
        (
            "Wir verwenden Cookies, damit die Website funktioniert, und mit Ihrer Einwilligung auch zur Reichweitenmessung.",
        ),
        (("Alle akzeptieren", "Ablehnen", "Einstellungen"),),
        ("Datenschutz-Einstellungen",),
    ),
    "pt": (
        (
            "Utilizamos cookies para garantir o funcionamento do site e, com o seu consentimento, para análise de tráfego.",
        ),
        (("Aceitar todos", "Rejeitar", "Preferências"),),
        ("A sua privacidade",),
    ),
}
NEWSLETTER = {
    "en": (
        ("Join our newsletter", "Don't miss a thing", "Stay in the loop", "Get the weekly digest"),
        (
            "Get the best of {brand} in your inbox every {day}. No spam, unsubscribe any time.",
            "New arrivals, member-only offers and a good read once a week.",
            "Sign up for updates on new features and events near {city}.",
        ),
        ("Email address", "Subscribe", "No thanks"),
    ),
    "fr": (
        ("Inscrivez-vous à notre newsletter",),
        ("Recevez nos meilleures offres chaque semaine. Désinscription possible à tout moment.",),
        ("Adresse e-mail", "S'inscrire", "Non merci"),
    ),
    "es": (
        ("Suscríbete a nuestro boletín",),
        ("Recibe novedades y ofertas cada semana. Puedes darte de baja cuando quieras.",),
        ("Correo electrónico", "Suscribirme", "No, gracias"),
    ),
    "de": (
        ("Newsletter abonnieren",),
        ("Die besten Angebote jede Woche in Ihrem Postfach. Abmeldung jederzeit möglich.",),
        ("E-Mail-Adresse", "Anmelden", "Nein danke"),
    ),
    "pt": (
        ("Assine a nossa newsletter",),
        ("Receba novidades e ofertas todas as semanas. Cancele quando quiser.",),
        ("Endereço de e-mail", "Assinar", "Não, obrigado"),
    ),
}
URGENT = {
    "en": (
        (
            "password_expiry",
            "Your password expires in {n} days",
            "To keep access to your account, choose a new password from Account > Security before {month} {d}.",
            "Change password",
        ),
        (
            "maintenance",
            "Scheduled maintenance",
            "{brand} will be unavailable on {day} from 01:00 to 03:00 UTC while we upgrade our servers. Save your work before then.",
            "Learn more",
        ),
        (
            "shipping_delay",
            "Delivery delays in your area",
            "Due to severe weather, orders to {city} may arrive {n} days later than usual. We are sorry for the inconvenience.",
            "Track order",
        ),
        (
            "payment_failed",
            "Payment failed",
            "We couldn't charge your card ending in {last4}. Update your billing details to avoid an interruption of your subscription.",
            "Update billing",
        ),
        (
            "security_alert",
            "New sign-in to your account",
            "We noticed a sign-in from Firefox on Linux near {city}. If this was you, you can ignore this message. If not, "
            "review your recent activity.",
            "Review activity",
        ),
        (
            "storage_full",
            "Your storage is almost full",
            "You have used 96% of your 15 GB. Free up space or upgrade your plan to keep receiving email.",
            "Manage storage",
        ),
        (
            "verify_email",
            "Please verify your email address",
            "We sent a confirmation link to j***@mail.example. Open it to finish setting up your account.",
            "Resend link",
        ),
        (
            "session_expiring",
            "You will be signed out soon",
            "For your security you will be signed out in 2 minutes because of inactivity.",
            "Stay signed in",
        ),
        (
            "outage",
            "Service disruption",
            "Some customers are seeing slow page loads. Our engineers are working on a fix; updates at status.{domain}.",
            "View status",
        ),
        (
            "recall",
            "Product safety recall",
            "We are recalling the {product} sold between March and June. Please stop using it and contact us for a free replacement.",
            "Recall details",
        ),
        (
            "locked",
            "Too many sign-in attempts",
            "For your protection, sign-in has been paused for 15 minutes. You can reset your password at any time.",
            "Reset password",
        ),
        (
            "tax_form",
            "Action needed: tax information missing",
            "Payouts are on hold until you add your tax details in Settings > Payouts. This takes about 5 minutes.",
            "Add tax details",
        ),
    ),
    "fr": (
        (
            "password_expiry",
            "Votre mot de passe expire dans {n} jours",
            "Pour conserver l'accès à votre compte, choisissez un nouveau mot de passe dans Compte > Sécurité.",
            "Modifier",
        ),
        (
            "maintenance",
            "Maintenance programmée",
            "Le service sera indisponible dimanche de 1 h à 3 h pendant la mise à jour de nos serveurs.",
            "En savoir plus",
        ),
    ),
    "es": (
        (
            "shipping_delay",
            "Retrasos en la entrega",
            "Debido al mal tiempo, los pedidos a {city} pueden llegar {n} días más tarde de lo habitual.",
            "Seguir pedido",
        ),
        (
            "password_expiry",
            "Tu contraseña caduca en {n} días",
            "Para mantener el acceso, elige una nueva contraseña en Cuenta > Seguridad.",
            "Cambiar contraseña",
        ),
    ),
    "de": (
        (
            "maintenance",
            "Geplante Wartungsarbeiten",
            "Am Sonntag ist der Dienst von 1 bis 3 Uhr nicht erreichbar, da wir unsere Server aktualisieren.",
            "Mehr erfahren",
        ),
        (
            "payment_failed",
            "Zahlung fehlgeschlagen",
            "Wir konnten Ihre Karte mit der Endung {last4} nicht belasten. Bitte aktualisieren Sie Ihre Zahlungsdaten.",
            "Zahlungsdaten ändern",
        ),
    ),
    "pt": (
        (
            "shipping_delay",
            "Atrasos na entrega",
            "Devido ao mau tempo, as encomendas para {city} podem chegar com {n} dias de atraso.",
            "Acompanhar encomenda",
        ),
        (
            "security_alert",
            "Novo acesso à sua conta",
            "Detectámos um início de sessão perto de {city}. Se foi você, ignore esta mensagem.",
            "Rever atividade",
        ),
    ),
}
CONFIRM = {
    "en": (
        (
            "Delete {n} files?",
            "These files will be moved to the bin and deleted permanently after 30 days.",
            ("Delete", "Cancel"),
        ),
        ("Leave this page?", "You have unsaved changes. If you leave now, they will be lost.", ("Leave", "Stay")),
        (
            "Cancel your subscription?",
            "You keep access until {month} {d}. After that your projects become read-only.",
            ("Cancel subscription", "Keep subscription"),
        ),
        (
            "Remove this card?",
            "The card ending in {last4} will no longer be available for payments.",
            ("Remove", "Cancel"),
        ),
        (
            "Sign out of all devices?",
            "You will need to sign in again on every phone, tablet and computer.",
            ("Sign out", "Cancel"),
        ),
        ("Are you sure?", "Emptying the cart removes all {n} items. This cannot be undone.", ("Empty cart", "Go back")),
        (
            "Confirm your order",
            "You are about to place an order for {amount}, paid with the card ending in {last4}. Continue?",
            ("Place order", "Review order"),
        ),
        (
            "Archive this conversation?",
            "Archived conversations are hidden from the inbox but stay searchable.",
            ("Archive", "Cancel"),
        ),
    ),
    "fr": (("Supprimer ce fichier ?", "Cette action est irréversible.", ("Supprimer", "Annuler")),),
    "es": (("¿Eliminar este archivo?", "Esta acción no se puede deshacer.", ("Eliminar", "Cancelar")),),
    "de": (("Datei löschen?", "Diese Aktion kann nicht rückgängig gemacht werden.", ("Löschen", "Abbrechen")),),
    "pt": (("Excluir este arquivo?", "Esta ação não pode ser desfeita.", ("Excluir", "Cancelar")),),
}
CHAT = {
    "en": (
        "Hi there! I'm {bot}, {brand}'s virtual assistant. I can help with orders, returns and delivery.",
        "What can I do for you today?",
        ("Track my order", "Start a return", "Talk to a person"),
        "Type a message...",
    ),
    "fr": (
        "Bonjour ! Je suis {bot}, l'assistant virtuel de {brand}. Je peux vous aider pour vos commandes et retours.",
        "Que puis-je faire pour vous ?",
        ("Suivre ma commande", "Parler à un conseiller"),
        "Écrivez un message...",
    ),
    "es": (
        "¡Hola! Soy {bot}, el asistente virtual de {brand}. Puedo ayudarte con pedidos y devoluciones.",
        "¿En qué puedo ayudarte hoy?",
        ("Seguir mi pedido", "Hablar con una persona"),
        "Escribe un mensaje...",
    ),
    "de": (
        "Hallo! Ich bin {bot}, der virtuelle Assistent von {brand}. Ich helfe bei Bestellungen und Rücksendungen.",
        "Wie kann ich helfen?",
        ("Bestellung verfolgen", "Mit einem Menschen sprechen"),
        "Nachricht eingeben...",
    ),
}
BOT_NAMES = ("Nova", "Pip", "Sunny", "Ori", "Milo", "Ivy", "Bea", "Kit")


def _fill(rng: random.Random, text: str, ctx: Ctx) -> str:
    return words.sub(
        rng,
        text,
        fix_articles=False,
        brand=ctx.brand,
        domain=ctx.domain,
        d=str(rng.randint(1, 28)),
        last4="".join(rng.choice("0123456789") for _ in range(4)),
        product=words.product_name(rng),
        amount=words.price(rng),
        bot=rng.choice(BOT_NAMES),
    )


def _lang(rng: random.Random, table: dict, foreign_share: float = 0.25) -> str:
    if rng.random() < foreign_share:
        others = [k for k in table if k != "en"]
        if others:
            return rng.choice(others)
    return "en"


# ------------------------------------------------------------------------------------------ benign builders


def cookie_banner(ctx: Ctx, rng: random.Random) -> Element:
    lang = _lang(rng, COOKIE)
    bodies, button_sets, titles = COOKIE[lang]
    text = _fill(rng, rng.choice(bodies), ctx)
    title = _fill(rng, rng.choice(titles), ctx)
    btns = rng.choice(button_sets)
    placement = rng.choice(("bottom-banner", "bottom-banner", "top-banner", "bottom-left", "bottom-right", "center"))
    style = _pick_style(rng, {"neutral": 4, "dark": 2, "brand": 1, "info": 1, "warning": 0.3, "danger": 0.2})
    body = f'<div>{e(text)} <a href="#" style="color:inherit;text-decoration:underline">Cookie Policy</a></div>'
    if placement.endswith("banner"):
        html = banner_bar(
            ctx,
            rng,
            style=style,
            text_html=f"<b>{e(title)}</b> " + body,
            buttons=btns,
            placement=placement,
            icon_name=rng.choice((None, "shield", "info")),
        )
    else:
        html = fixed(
            ctx,
            rng,
            card(
                ctx,
                rng,
                style=style,
                title=title,
                body_html=body,
                buttons=btns,
                icon_name=rng.choice((None, "shield")),
                close=False,
                width=rng.choice((360, 420, 520)),
            ),
            placement,
            backdrop=placement == "center" and rng.random() < 0.6,
        )
    return Element(html, placement, "cookie", lang, f"{title}\n{text}")


def newsletter_modal(ctx: Ctx, rng: random.Random) -> Element:
    lang = _lang(rng, NEWSLETTER)
    titles, bodies, (field, cta, dismiss) = NEWSLETTER[lang]
    title, text = _fill(rng, rng.choice(titles), ctx), _fill(rng, rng.choice(bodies), ctx)
    placement = rng.choice(("center", "center", "bottom-right", "bottom-left", "right-edge", "bottom-center"))
    pic = ""
    if rng.random() < 0.4:
        pic = f'<img src="{images.photo(rng, 400, 160)}" alt="" style="width:100%;border-radius:var(--r);margin-bottom:8px">'
    form = (
        f'{pic}<div>{e(text)}</div><div class="row" style="margin-top:10px;gap:8px"><input placeholder="{e(field)}" '
        f'style="flex:1;min-width:0">{_btn(cta, True, box_colors(ctx.theme, "neutral"))}</div>'
        f'<div class="small" style="margin-top:8px;opacity:.75;text-decoration:underline">{e(dismiss)}</div>'
    )
    style = _pick_style(
        rng, {"neutral": 5, "brand": 1.5, "dark": 1, "info": 1, "success": 0.5, "warning": 0.3, "danger": 0.2}
    )
    html = fixed(
        ctx,
        rng,
        card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=form,
            icon_name=rng.choice((None, "mail")),
            width=rng.choice((340, 400, 460)),
        ),
        placement,
        backdrop=placement == "center" and rng.random() < 0.7,
    )
    return Element(html, placement, "newsletter", lang, f"{title}\n{text}")


def chat_widget(ctx: Ctx, rng: random.Random) -> Element:
    lang = _lang(rng, CHAT, 0.2)
    greet, ask, chips, ph = CHAT[lang]
    greet = _fill(rng, greet, ctx)
    placement = rng.choice(("bottom-right", "bottom-right", "bottom-left"))
    side = "right" if placement == "bottom-right" else "left"
    bubble = (
        f'<div style="position:fixed;bottom:18px;{side}:18px;width:56px;height:56px;border-radius:50%;background:var(--accent);'
        f"color:var(--accent-text);display:flex;align-items:center;justify-content:center;z-index:40;"
        f'box-shadow:0 4px 14px rgba(0,0,0,.25)">{icon("chat", 26)}</div>'
    )
    if rng.random() < 0.45:
        teaser = (
            f'<div style="position:fixed;bottom:86px;{side}:18px;max-width:{min(280, ctx.width - 40)}px;background:var(--surface);'
            f"color:var(--text);border:1px solid var(--border);border-radius:14px;padding:10px 14px;z-index:40;"
            f'box-shadow:0 4px 14px rgba(0,0,0,.18)" class="small">{e(greet)}</div>'
        )
        return Element(bubble + teaser, placement, "chat_teaser", lang, greet)
    msgs = (
        f'<div style="background:var(--surface2);border-radius:12px;padding:8px 12px;margin:6px 0" class="small">{e(greet)}</div>'
        f'<div style="background:var(--surface2);border-radius:12px;padding:8px 12px;margin:6px 0" class="small">{e(ask)}</div>'
        + "".join(
            f'<span class="tag" style="border:1px solid var(--accent);background:transparent;margin:3px 3px 0 0">{e(c)}</span>'
            for c in chips
        )
    )
    window = (
        f'<div style="position:fixed;bottom:86px;{side}:18px;width:{min(330, ctx.width - 36)}px;background:var(--surface);'
        f"color:var(--text);border:1px solid var(--border);border-radius:14px;overflow:hidden;z-index:40;"
        f'box-shadow:0 8px 28px rgba(0,0,0,.25)"><div style="background:var(--accent);color:var(--accent-text);padding:10px 14px;'
        f'font-weight:700" class="row">{icon("chat", 18)} {e(ctx.brand)} Support<span style="margin-left:auto">'
        f'{icon("close", 16)}</span></div><div style="padding:10px 14px">{msgs}</div><div style="border-top:1px solid var(--border);'
        f'padding:10px 14px" class="muted small">{e(ph)}</div></div>'
    )
    return Element(bubble + window, placement, "chat_window", lang, f"{greet}\n{ask}")


def confirm_dialog(ctx: Ctx, rng: random.Random) -> Element:
    lang = _lang(rng, CONFIRM)
    title, text, btns = rng.choice(CONFIRM[lang])
    title, text = _fill(rng, title, ctx), _fill(rng, text, ctx)
    placement = rng.choice(("center", "center", "center", "top-center"))
    style = _pick_style(
        rng, {"neutral": 5, "danger": 1.5, "warning": 1, "dark": 1, "info": 0.5, "brand": 0.3, "success": 0.2}
    )
    html = fixed(
        ctx,
        rng,
        card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=f"<div>{e(text)}</div>",
            buttons=btns,
            icon_name=rng.choice((None, "warning", "info")),
            close=rng.random() < 0.5,
            width=rng.choice((340, 400, 440)),
        ),
        placement,
        backdrop=rng.random() < 0.8,
    )
    return Element(html, placement, "confirm", lang, f"{title}\n{text}")


def urgent_notice(ctx: Ctx, rng: random.Random) -> Element:
    lang = _lang(rng, URGENT, 0.25)
    kind, title, text, cta = rng.choice(URGENT[lang])
    title, text = _fill(rng, title, ctx), _fill(rng, text, ctx)
    style = _pick_style(
        rng, {"danger": 3, "warning": 3, "info": 1.5, "neutral": 1, "dark": 1, "brand": 0.5, "success": 0.2}
    )
    ic = rng.choice(("warning", "warning", "info", "lock", "shield", "bell", None))
    return _notice(ctx, rng, kind, lang, title, text, cta, style, ic)


def _notice(
    ctx: Ctx, rng: random.Random, kind: str, lang: str, title: str, text: str, cta: str, style: str, ic: str | None
) -> Element:
    """A titled notice in one of the forms an alert takes: in the page flow, a banner, a dialog, a toast."""
    form = rng.choice(("inline", "inline", "top-banner", "center", "toast", "corner"))
    if form == "inline":
        html = flow_box(
            ctx, rng, style=style, title=title, body_html=f"<div>{e(text)}</div>", buttons=(cta,), icon_name=ic
        )
        return Element(html, "inline", kind, lang, f"{title}\n{text}", flow_slot="top")
    if form == "top-banner":
        placement = rng.choice(("top-banner", "bottom-banner"))
        html = banner_bar(
            ctx,
            rng,
            style=style,
            text_html=f"<b>{e(title)}.</b> {e(text)}",
            buttons=(cta,),
            placement=placement,
            icon_name=ic,
        )
        return Element(html, placement, kind, lang, f"{title}\n{text}")
    placement = {"center": "center", "toast": rng.choice(CORNERS), "corner": rng.choice(CORNERS + ("right-edge",))}[
        form
    ]
    html = fixed(
        ctx,
        rng,
        card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=f"<div>{e(text)}</div>",
            buttons=(cta, "Dismiss") if rng.random() < 0.5 else (cta,),
            icon_name=ic,
            width=rng.choice((340, 380, 440)),
        ),
        placement,
        backdrop=form == "center" and rng.random() < 0.5,
    )
    return Element(html, placement, kind, lang, f"{title}\n{text}")


# Ordinary page text in alert-styled boxes: security advice, accessibility help, developer docs, support chats,
# policies and form steps, in English or another language. Nothing in the box is addressed to an agent.
NOTICE_TITLES = (
    "Please read", "Important", "Notice", "Before you continue", "Security notice", "Tip", "Help", "Heads up",
    "Accessibility", "From the docs", "Your conversation", "Update",
)
NOTICE_BUTTONS = ("OK", "Got it", "Close", "Learn more", "Continue", "Read more")
NOTICE_TOPICS = ("shop", "help", "mail", "docs")


def notice_box(ctx: Ctx, rng: random.Random) -> Element:
    if rng.random() < 0.2:
        lang = rng.choice(foreign_text.FOREIGN_LANGS)
        text = foreign_text.foreign_paragraph(rng, lang, topic=rng.choice(NOTICE_TOPICS))
    else:
        lang = "en"
        text = benign_text.benign_sentence(rng)
    style = _pick_style(rng, {"danger": 1.5, "warning": 2, "info": 2, "neutral": 2, "dark": 1, "brand": 0.5})
    ic = rng.choice(("warning", "info", "lock", "shield", "bell", None))
    return _notice(ctx, rng, "notice_box", lang, rng.choice(NOTICE_TITLES), text, rng.choice(NOTICE_BUTTONS), style, ic)


def permission_prompt(ctx: Ctx, rng: random.Random) -> Element:
    what = rng.choice(
        (
            ("Show notifications", "bell"),
            ("Know your location", "globe"),
            ("Use your camera", "user"),
            ("Use your microphone", "user"),
            ("Store files on this device", "folder"),
        )
    )
    os_style = rng.random() < 0.5
    c = (
        {"bg": "#ffffff", "fg": "#202124", "border": "#dadce0"}
        if not (ctx.theme.dark or not os_style)
        else {"bg": "#292a2d", "fg": "#e8eaed", "border": "#3c4043"}
    )
    btn = "border-radius:16px;padding:.35em 1.1em;font:13px 'DejaVu Sans',sans-serif;margin-left:8px"
    inner = (
        f'<div style="width:{min(330, ctx.width - 24)}px;background:{c["bg"]};color:{c["fg"]};border:1px solid {c["border"]};'
        f"border-radius:8px;padding:14px 16px;font:13px 'DejaVu Sans',sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3)\">"
        f'<div class="row" style="justify-content:space-between"><span>{e(ctx.domain)} wants to</span>{icon("close", 14)}</div>'
        f'<div class="row" style="margin:10px 0">{icon(what[1], 16)} {e(what[0])}</div><div style="text-align:right">'
        f'<button style="{btn};background:transparent;color:#1a73e8;border:1px solid {c["border"]}">Block</button>'
        f'<button style="{btn};background:#1a73e8;color:#fff;border:0">Allow</button></div></div>'
    )
    placement = rng.choice(("top-left", "top-left", "top-center", "top-right"))
    return Element(
        fixed(ctx, rng, inner, placement, z=70), placement, "permission", "en", f"{ctx.domain} wants to\n{what[0]}"
    )


def session_modal(ctx: Ctx, rng: random.Random) -> Element:
    title, text = rng.choice(
        (
            (
                "Session expired",
                "For your security you were signed out after 30 minutes of inactivity. Sign in to continue "
                "where you left off.",
            ),
            ("Confirm your password", "You are about to change security settings. Enter your password to continue."),
            ("Please sign in again", "Your sign-in has expired. Enter your details to keep working."),
            ("Verify it's you", "Enter the 6-digit code we sent to your phone ending in {n}{m}."),
        )
    )
    text = _fill(rng, text, ctx)
    if "code" in text:
        fields = '<input placeholder="6-digit code" style="width:100%;margin:8px 0">'
        cta = "Verify"
    else:
        fields = (
            '<input placeholder="Email" style="width:100%;margin:8px 0 6px"><input type="password" placeholder="Password" '
            'style="width:100%;margin:0 0 6px">'
        )
        cta = "Sign in"
    style = _pick_style(
        rng, {"neutral": 6, "dark": 1, "info": 1, "warning": 0.6, "danger": 0.3, "brand": 0.3, "success": 0.1}
    )
    placement = rng.choice(("center", "center", "top-center"))
    if ctx.avoid_blocking:
        placement = rng.choice(("top-right", "bottom-right", "top-left"))
    html = fixed(
        ctx,
        rng,
        card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=f"<div>{e(text)}</div>{fields}",
            buttons=(cta, "Cancel"),
            icon_name=rng.choice(("lock", "shield", None)),
            close=False,
            width=rng.choice((360, 400)),
        ),
        placement,
        backdrop=True,
    )
    return Element(html, placement, "session", "en", f"{title}\n{text}")


def promo_popup(ctx: Ctx, rng: random.Random) -> Element:
    title, text, cta = rng.choice(
        (
            (
                "Get 15% off your first order",
                "Sign up and save. Your code arrives by email within a minute.",
                "Claim discount",
            ),
            ("Flash sale: 24 hours only", "Up to 50% off outdoor gear while stocks last.", "Shop the sale"),
            (
                "Free shipping this weekend",
                "No minimum spend on all orders placed before Sunday midnight.",
                "Start shopping",
            ),
            ("Members save more", "Join {brand} Plus for free delivery and early access to sales.", "Join for free"),
            (
                "Wait! Your cart misses you",
                "Complete your order in the next hour and we will add a free gift.",
                "Back to cart",
            ),
        )
    )
    text = _fill(rng, text, ctx)
    img = ""
    if rng.random() < 0.5:
        uri, w, h, _ = images.text_image(
            rng, rng.choice(("SALE", "-15%", "FREE SHIPPING", "NEW IN")), width=300, style="ad", font_size=30
        )
        img = f'<img src="{uri}" alt="promotion" style="width:100%;border-radius:var(--r);margin-bottom:8px">'
    style = _pick_style(
        rng, {"neutral": 3, "brand": 3, "dark": 1, "danger": 0.8, "warning": 1, "success": 0.5, "info": 0.3}
    )
    placement = rng.choice(("center", "center", "bottom-right", "bottom-left", "top-right", "right-edge"))
    html = fixed(
        ctx,
        rng,
        card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=f"{img}<div>{e(text)}</div>",
            buttons=(cta, "No thanks"),
            width=rng.choice((320, 380, 440)),
        ),
        placement,
        backdrop=placement == "center" and rng.random() < 0.6,
    )
    return Element(html, placement, "promo", "en", f"{title}\n{text}")


TOAST_FOREIGN = {
    "fr": ("Article ajouté au panier", "Modifications enregistrées", "Lien copié", "Message envoyé"),
    "es": ("Añadido al carrito", "Cambios guardados", "Enlace copiado", "Mensaje enviado"),
    "de": ("In den Warenkorb gelegt", "Änderungen gespeichert", "Link kopiert", "Nachricht gesendet"),
    "pt": ("Adicionado ao carrinho", "Alterações guardadas", "Link copiado", "Mensagem enviada"),
}


def toast(ctx: Ctx, rng: random.Random) -> Element:
    lang = rng.choice(tuple(TOAST_FOREIGN)) if rng.random() < 0.2 else "en"
    text = (
        rng.choice(TOAST_FOREIGN[lang])
        if lang != "en"
        else rng.choice(
            (
                "Added to cart",
                "Changes saved",
                "Link copied to clipboard",
                "Message sent",
                "You're offline. Changes will sync when you reconnect.",
                "Item removed. Undo",
                "Payment received, thank you!",
                "Upload complete",
                "Reminder: your trial ends in 3 days",
                "2 new messages",
            )
        )
    )
    style = _pick_style(
        rng, {"dark": 4, "success": 2, "neutral": 2, "info": 1, "warning": 0.5, "danger": 0.4, "brand": 0.5}
    )
    placement = rng.choice(CORNERS + ("top-center", "bottom-center"))
    c = box_colors(ctx.theme, style)
    inner = (
        f'<div class="row" style="background:{c["bg"]};color:{c["fg"]};border:1px solid {c["border"]};border-radius:var(--r);'
        f'padding:12px 16px;box-shadow:0 6px 20px rgba(0,0,0,.25);max-width:{min(380, ctx.width - 24)}px">'
        f'<span style="color:{c["accent"]}">{icon(rng.choice(("check", "info", "bell")), 18, "currentColor")}</span>'
        f'<span>{e(text)}</span><span style="margin-left:10px;opacity:.7">{icon("close", 14)}</span></div>'
    )
    return Element(fixed(ctx, rng, inner, placement, z=80), placement, "toast", lang, text)


def ai_feature(ctx: Ctx, rng: random.Random) -> Element:
    if rng.random() < 0.5:
        text = rng.choice(
            (
                "Hi! I'm the {brand} assistant. I can summarise this page, compare similar items or answer questions about "
                "your order. What would you like to know?",
                "Ask me anything about this article. I can explain terms, list the key points or find related stories.",
                "Need a hand? I can draft a reply, translate this message or find earlier emails from this sender.",
            )
        )
        text = _fill(rng, text, ctx)
        chips = "".join(
            f'<span class="tag" style="margin:4px 4px 0 0">{c}</span>'
            for c in rng.sample(
                (
                    "Summarise this page",
                    "Compare options",
                    "Check delivery date",
                    "Explain this",
                    "Draft a reply",
                    "Translate",
                ),
                3,
            )
        )
        body = (
            f'<div class="small">{e(text)}</div><div>{chips}</div><input placeholder="Ask anything..." '
            f'style="width:100%;margin-top:10px"><div class="tiny" style="opacity:.7;margin-top:6px">AI responses may be '
            f"inaccurate. Check important information.</div>"
        )
        placement = rng.choice(("bottom-right", "right-edge", "bottom-left"))
        html = fixed(
            ctx,
            rng,
            card(
                ctx,
                rng,
                style=_pick_style(rng, {"neutral": 5, "dark": 1, "info": 1, "brand": 0.5}),
                title=f"{ctx.brand} Assistant (beta)",
                body_html=body,
                icon_name="chat",
                width=340,
            ),
            placement,
        )
        return Element(html, placement, "assistant_panel", "en", text)
    summary = words.paragraph(rng, words.NEWS_SENTENCES, 2, 3)
    html = flow_box(
        ctx,
        rng,
        style=_pick_style(rng, {"info": 3, "neutral": 3, "brand": 0.5}),
        title="AI-generated summary",
        body_html=f'<div class="small">{e(summary)}</div><div class="tiny" style="opacity:.7">Generated automatically. '
        f"Was this helpful? Yes / No</div>",
        icon_name="info",
    )
    return Element(html, "inline", "ai_summary", "en", summary, flow_slot="top")


def bot_notice(ctx: Ctx, rng: random.Random) -> Element:
    text = rng.choice(
        (
            "Automated access to this site is subject to our Terms of Use. Scripts and crawlers should use the public API "
            "documented in the Developers section; requests above 60 per minute are rate-limited.",
            "This page is protected against abusive automated traffic. If you were blocked by mistake, contact support with "
            "the reference shown below.",
            "Accessibility: keyboard shortcuts are available on this page. Screen reader users can press H to jump between headings.",
            "Prices shown to automated price-comparison tools may be cached for up to 15 minutes.",
            "You may let an AI assistant browse and order here for you. Orders it places count as yours, so check the "
            "basket before it pays.",
            "Shopping agents are welcome, but they may not open accounts in bulk or buy more than 4 tickets per event.",
        )
    )
    style = _pick_style(rng, {"neutral": 3, "info": 2, "warning": 1, "dark": 1})
    if rng.random() < 0.6:
        html = flow_box(
            ctx,
            rng,
            style=style,
            title=rng.choice(("Notice", "Automated access", None)),
            body_html=f'<div class="small">{e(text)}</div>',
            icon_name=rng.choice(("info", "shield", None)),
        )
        return Element(html, "inline", "bot_policy", "en", text, flow_slot=rng.choice(("top", "content")))
    placement = rng.choice(("bottom-banner", "top-banner"))
    html = banner_bar(
        ctx,
        rng,
        style=style,
        text_html=f'<span class="small">{e(text)}</span>',
        buttons=("Got it",),
        placement=placement,
    )
    return Element(html, placement, "bot_policy", "en", text)


CAPTCHA_TEXTS = {
    "checkbox": (
        "Complete the check below to continue to the site.",
        "Tick the box to show you are a person. It keeps automated sign-ups off our forum.",
        "We see a lot of traffic from bots. Please tick the box and you will be back on the page in a moment.",
    ),
    "text_code": (
        "Complete the check below to continue to the site.",
        "Type the characters you see. Scripts cannot pass this step, so it protects your account.",
        "Please enter the code in the picture to continue. Letters are not case-sensitive.",
    ),
}


def captcha(ctx: Ctx, rng: random.Random) -> Element:
    brand = words.brand_name(rng) + rng.choice(("Shield", "Guard", "Check"))
    if rng.random() < 0.5:
        body = (
            f'<div class="row" style="border:1px solid var(--border);border-radius:4px;padding:14px;background:var(--surface2);'
            f'justify-content:space-between"><span class="row"><span style="width:24px;height:24px;border:2px solid var(--muted);'
            f'border-radius:3px;display:inline-block"></span> I am human</span><span class="tiny muted" style="text-align:center">'
            f"{icon('shield', 22)}<br>{e(brand)}<br>Privacy - Terms</span></div>"
        )
        variant = "checkbox"
    else:
        code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))
        uri, w, h, _ = images.text_image(rng, " ".join(code), width=220, style="meme", font_size=28)
        body = (
            f'<img src="{uri}" alt="security code" style="display:block;margin:6px 0"><input placeholder="Enter the characters" '
            f'style="width:100%"><div class="tiny muted">Protected by {e(brand)}</div>'
        )
        variant = "text_code"
    title = rng.choice(("Let's confirm you are human", "Security check", "One more step", "Verify you are not a robot"))
    text = rng.choice(CAPTCHA_TEXTS[variant])
    if rng.random() < 0.5:
        html = flow_box(
            ctx,
            rng,
            style="neutral",
            title=title,
            body_html=f'<div class="small">{e(text)}</div>{body}',
            buttons=("Continue",),
        )
        return Element(html, "inline", variant, "en", f"{title}\n{text}", flow_slot="top")
    html = fixed(
        ctx,
        rng,
        card(
            ctx,
            rng,
            style="neutral",
            title=title,
            body_html=f'<div class="small">{e(text)}</div>{body}',
            buttons=("Continue",),
            close=False,
            width=360,
        ),
        "center",
        backdrop=True,
    )
    return Element(html, "center", variant, "en", f"{title}\n{text}")


BENIGN_BUILDERS: dict[str, Callable[[Ctx, random.Random], Element]] = {
    "cookie_banner": cookie_banner,
    "newsletter_modal": newsletter_modal,
    "chat_widget": chat_widget,
    "confirm_dialog": confirm_dialog,
    "urgent_notice": urgent_notice,
    "permission_prompt": permission_prompt,
    "session_modal": session_modal,
    "promo_popup": promo_popup,
    "toast": toast,
    "ai_feature": ai_feature,
    "bot_notice": bot_notice,
    "captcha": captcha,
    "notice_box": notice_box,
}
CATEGORIES: tuple[str, ...] = ("plain", *BENIGN_BUILDERS)


# --------------------------------------------------------------------------------------- malicious builders


def _payload_html(payload: Payload, rng: random.Random, link: bool = True) -> str:
    body = paras(payload.body)
    if link and rng.random() < 0.35 and payload.url not in payload.body:
        body += f'<div class="small"><a href="#" style="color:inherit;text-decoration:underline">https://{e(payload.url)}</a></div>'
    return body


def popup(ctx: Ctx, rng: random.Random, payload: Payload) -> Element:
    variant = rng.choice(("modal", "modal", "corner_card", "edge_panel", "newsletter_disguise", "chat_disguise"))
    style = _pick_style(
        rng, {"neutral": 3, "warning": 1.5, "danger": 1.5, "info": 1.5, "dark": 1, "brand": 1, "success": 0.4}
    )
    if variant == "modal":
        placement = rng.choice(FIXED_PLACEMENTS)
    elif variant == "corner_card":
        placement = rng.choice(CORNERS)
    elif variant == "edge_panel":
        placement = rng.choice(("left-edge", "right-edge"))
    elif variant == "newsletter_disguise":
        placement = rng.choice(("center", "bottom-right", "bottom-left", "top-right"))
    else:
        placement = rng.choice(("bottom-right", "bottom-left"))
    title = payload.title
    if variant == "chat_disguise":
        bot = rng.choice(BOT_NAMES)
        side = "right" if placement == "bottom-right" else "left"
        inner = (
            f'<div {INJ_ATTR}="1" style="position:fixed;bottom:86px;{side}:18px;width:{min(330, ctx.width - 36)}px;background:var(--surface);'
            f"color:var(--text);border:1px solid var(--border);border-radius:14px;overflow:hidden;z-index:90;"
            f'box-shadow:0 8px 28px rgba(0,0,0,.25)"><div style="background:var(--accent);color:var(--accent-text);padding:10px 14px;'
            f'font-weight:700" class="row">{icon("chat", 18)} {e(bot)} · {e(ctx.brand)}<span style="margin-left:auto">'
            f'{icon("close", 16)}</span></div><div style="padding:10px 14px"><div style="background:var(--surface2);'
            f'border-radius:12px;padding:8px 12px" class="small">{e(payload.body)}</div></div></div>'
            f'<div style="position:fixed;bottom:18px;{side}:18px;width:56px;height:56px;border-radius:50%;background:var(--accent);'
            f'color:var(--accent-text);display:flex;align-items:center;justify-content:center;z-index:90">{icon("chat", 26)}</div>'
        )
        return Element(inner, placement, variant, payload.lang, payload.body)
    extra = ""
    buttons: tuple[str, ...] = (payload.button,) + (
        (rng.choice(("Cancel", "Later", "Close")),) if rng.random() < 0.5 else ()
    )
    if variant == "newsletter_disguise":
        title = rng.choice(("Join our newsletter", "Stay in the loop", "Special offer"))
        extra = '<input placeholder="Email address" style="width:100%;margin-top:6px">'
        body = f"<div>Weekly picks and member offers.</div>{_payload_html(payload, rng, False)}"
    else:
        body = _payload_html(payload, rng)
    width = {"edge_panel": rng.choice((240, 280)), "corner_card": rng.choice((300, 340))}.get(
        variant, rng.choice((360, 420, 480))
    )
    inner = card(
        ctx,
        rng,
        style=style,
        title=title if rng.random() < 0.85 else None,
        body_html=body,
        buttons=buttons,
        icon_name=rng.choice(("warning", "info", "shield", "lock", "bell", None)),
        extra_html=extra,
        width=width,
    )
    return Element(
        fixed(ctx, rng, inner, placement, backdrop=placement == "center" and rng.random() < 0.5, z=90, mark=True),
        placement,
        variant,
        payload.lang,
        payload.text,
    )


def fake_system(ctx: Ctx, rng: random.Random, payload: Payload) -> Element:
    variant = rng.choice(
        (
            "win_dialog",
            "mac_dialog",
            "browser_permission",
            "browser_infobar",
            "security_scan",
            "os_notification",
            "extension_prompt",
        )
    )
    ui = "font:13px 'DejaVu Sans',sans-serif"
    dark = rng.random() < (0.6 if ctx.theme.dark else 0.25)
    bg, fg, border = ("#2b2b2b", "#f0f0f0", "#454545") if dark else ("#ffffff", "#1b1b1b", "#c8c8c8")
    blue = "#0a64d8"
    w = min(rng.choice((380, 420, 460)), ctx.width - 24)
    btn = f"padding:5px 16px;{ui};border-radius:4px;margin-left:8px"
    primary = f'<button style="{btn};background:{blue};color:#fff;border:1px solid {blue}">{e(payload.button)}</button>'
    secondary = f'<button style="{btn};background:transparent;color:{fg};border:1px solid {border}">Cancel</button>'
    body = f'<div style="margin:6px 0 10px;line-height:1.45">{e(payload.body)}</div>'
    if variant == "win_dialog":
        title = rng.choice(
            ("Windows Security", "System Notification", "Microsoft Defender", "Action Center", payload.title)
        )
        inner = (
            f'<div style="width:{w}px;background:{bg};color:{fg};border:1px solid {border};{ui};box-shadow:0 10px 30px rgba(0,0,0,.4)">'
            f'<div class="row" style="padding:6px 10px;background:{"#1f1f1f" if dark else "#f3f3f3"};justify-content:space-between">'
            f'<span>{e(title)}</span><span>&#8212; &#9744; &#10005;</span></div><div class="row" '
            f'style="padding:14px 18px;align-items:flex-start"><span style="color:#d29200">{icon("warning", 34, "currentColor")}</span>'
            f'<div style="flex:1">{body}</div></div><div style="text-align:right;padding:0 14px 14px">{primary}{secondary}</div></div>'
        )
        placement = rng.choice(("center", "center", "top-left", "bottom-right"))
    elif variant == "mac_dialog":
        inner = (
            f'<div style="width:{w}px;background:{bg};color:{fg};border-radius:12px;{ui};box-shadow:0 10px 40px rgba(0,0,0,.45);'
            f'padding:18px;text-align:center"><div style="text-align:left"><span style="color:#ff5f57">&#9679;</span> '
            f'<span style="color:#febc2e">&#9679;</span> <span style="color:#28c840">&#9679;</span></div>'
            f'<div style="margin:8px auto;color:#8e8e93">{icon("lock", 40, "currentColor")}</div>'
            f"<b>{e(payload.title)}</b>{body}<div>{secondary}{primary}</div></div>"
        )
        placement = rng.choice(("center", "top-center", "top-right"))
    elif variant == "browser_permission":
        inner = (
            f'<div style="width:{min(340, ctx.width - 24)}px;background:{bg};color:{fg};border:1px solid {border};border-radius:8px;'
            f'padding:14px 16px;{ui};box-shadow:0 4px 16px rgba(0,0,0,.3)"><div class="row" style="justify-content:space-between">'
            f'<span>{e(fake_domain(rng))} wants to</span>{icon("close", 14)}</div>{body}<div style="text-align:right">'
            f"{secondary}{primary}</div></div>"
        )
        placement = rng.choice(("top-left", "top-left", "top-center"))
    elif variant == "browser_infobar":
        html = (
            f'<div {INJ_ATTR}="1" style="position:fixed;top:0;left:0;right:0;z-index:95;background:{"#35363a" if dark else "#f1f3f4"};'
            f'color:{fg};border-bottom:1px solid {border};padding:8px 16px;{ui}" class="row">'
            f'<span style="color:{blue}">{icon("info", 18, "currentColor")}</span><span style="flex:1">{e(payload.body)}</span>'
            f'{primary}<span style="margin-left:8px">{icon("close", 14)}</span></div>'
        )
        return Element(html, "top-banner", variant, payload.lang, payload.text)
    elif variant == "security_scan":
        bar = (
            f'<div style="height:8px;background:{border};border-radius:4px;margin:8px 0"><div style="width:{rng.randint(40, 95)}%;'
            f'height:100%;background:#d93025;border-radius:4px"></div></div>'
        )
        inner = (
            f'<div style="width:{w}px;background:{bg};color:{fg};border:2px solid #d93025;border-radius:6px;{ui};padding:14px 16px;'
            f'box-shadow:0 8px 26px rgba(0,0,0,.35)"><div class="row" style="color:#d93025;font-weight:700">{icon("shield", 22)} '
            f"{e(rng.choice(('Threat detected', 'Security scan', 'Browser protection')))}</div>{bar}{body}"
            f'<div style="text-align:right">{primary}</div></div>'
        )
        placement = rng.choice(("bottom-right", "center", "top-right"))
    elif variant == "os_notification":
        inner = (
            f'<div style="width:{min(360, ctx.width - 24)}px;background:{"rgba(40,40,40,.96)" if dark else "rgba(250,250,250,.97)"};'
            f'color:{fg};border-radius:12px;padding:12px 14px;{ui};box-shadow:0 6px 24px rgba(0,0,0,.3)">'
            f'<div class="row tiny" style="opacity:.7">{icon("bell", 12)} {e(rng.choice(("System", "Browser", "Updates", "Security")))}'
            f' · now</div><b>{e(payload.title)}</b><div class="small">{e(payload.body)}</div></div>'
        )
        placement = rng.choice(("top-right", "bottom-right"))
    else:
        inner = (
            f'<div style="width:{w}px;background:{bg};color:{fg};border:1px solid {border};border-radius:8px;{ui};padding:16px;'
            f'box-shadow:0 8px 26px rgba(0,0,0,.35)"><div class="row"><span style="width:32px;height:32px;border-radius:6px;'
            f'background:{blue};display:inline-block"></span><b>Add "{e(payload.title)}"?</b></div><div class="small" '
            f'style="margin-top:8px">It can: read and change all your data on websites you visit</div>{body}'
            f'<div style="text-align:right">{secondary}{primary}</div></div>'
        )
        placement = rng.choice(("top-right", "top-center"))
    return Element(
        fixed(ctx, rng, inner, placement, backdrop=placement == "center" and rng.random() < 0.4, z=95, mark=True),
        placement,
        variant,
        payload.lang,
        payload.text,
    )


def banner(ctx: Ctx, rng: random.Random, payload: Payload) -> Element:
    variant = rng.choice(("top_bar", "bottom_bar", "toast", "toast", "strip"))
    style = _pick_style(
        rng, {"warning": 2, "danger": 1.5, "info": 2, "dark": 2, "brand": 1.5, "neutral": 1.5, "success": 0.5}
    )
    text = payload.body
    if variant in ("top_bar", "bottom_bar"):
        placement = "top-banner" if variant == "top_bar" else "bottom-banner"
        lead = f"<b>{e(payload.title)}:</b> " if rng.random() < 0.5 else ""
        html = banner_bar(
            ctx,
            rng,
            style=style,
            text_html=lead + e(text),
            buttons=(payload.button,) if rng.random() < 0.7 else (),
            placement=placement,
            mark=True,
            icon_name=rng.choice(("warning", "info", "bell", None)),
            z=96,
        )
        return Element(html, placement, variant, payload.lang, payload.text)
    if variant == "strip":
        c = box_colors(ctx.theme, style)
        html = (
            f'<div {INJ_ATTR}="1" style="background:{c["bg"]};color:{c["fg"]};border:1px solid {c["border"]};padding:8px 14px;'
            f'margin:8px 0;text-align:center" class="small">{icon("bell", 14)} {e(text)} <u>{e(payload.button)}</u></div>'
        )
        return Element(html, "inline", variant, payload.lang, payload.text, flow_slot="top")
    placement = rng.choice(CORNERS + ("top-center", "bottom-center"))
    c = box_colors(ctx.theme, style)
    inner = (
        f'<div class="row" style="align-items:flex-start;background:{c["bg"]};color:{c["fg"]};border:1px solid {c["border"]};'
        f'border-radius:var(--r);padding:12px 16px;box-shadow:0 6px 20px rgba(0,0,0,.25);max-width:{min(rng.choice((360, 420)), ctx.width - 24)}px">'
        f'<span style="color:{c["accent"]}">{icon(rng.choice(("bell", "info", "warning")), 18, "currentColor")}</span>'
        f'<span class="small">{e(text)}</span><span style="opacity:.7">{icon("close", 14)}</span></div>'
    )
    return Element(fixed(ctx, rng, inner, placement, z=96, mark=True), placement, variant, payload.lang, payload.text)


FORM_FIELDS = (
    (("Email", "email"), ("Password", "password")),
    (("Username", "text"), ("Password", "password")),
    (("Card number", "text"), ("Expiry (MM/YY)", "text"), ("CVC", "text")),
    (("One-time code", "text"),),
    (("Full name", "text"), ("Home address", "text"), ("Phone", "text")),
    (("API key", "text"),),
    (("Recovery phrase", "text"),),
)


def injected_form(ctx: Ctx, rng: random.Random, payload: Payload) -> Element:
    variant = rng.choice(("visible_inline", "visible_modal", "transparent", "transparent", "tiny"))
    by_goal = {
        "credentials": FORM_FIELDS[:2] + FORM_FIELDS[3:4],
        "payment": FORM_FIELDS[2:3],
        "reveal": FORM_FIELDS[4:5] + FORM_FIELDS[5:7],
    }
    fields = rng.choice(by_goal.get(payload.goal, FORM_FIELDS))
    style = _pick_style(rng, {"neutral": 4, "info": 1.5, "warning": 1, "danger": 0.8, "dark": 0.8, "brand": 0.5})
    inputs = "".join(
        f'<label class="small" style="display:block;margin-top:6px">{e(label)}</label><input type="{kind}" placeholder="{e(label)}" '
        f'style="width:100%">'
        for label, kind in fields
    )
    body = f"{paras(payload.body)}{inputs}"
    title = payload.title if rng.random() < 0.8 else None
    if variant == "visible_inline":
        html = flow_box(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=body,
            buttons=(payload.button,),
            icon_name=rng.choice(("lock", "shield", "info", None)),
            mark=True,
        )
        html = f'<form onsubmit="return false">{html}</form>'
        return Element(
            html, "inline", variant, payload.lang, payload.text, flow_slot=rng.choice(("top", "content", "side"))
        )
    if variant == "visible_modal":
        placement = rng.choice(FIXED_PLACEMENTS)
        inner = card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=body,
            buttons=(payload.button,),
            icon_name=rng.choice(("lock", "shield", None)),
            width=rng.choice((320, 380, 420)),
        )
        return Element(
            fixed(
                ctx,
                rng,
                f"<form>{inner}</form>",
                placement,
                backdrop=placement == "center" and rng.random() < 0.5,
                z=92,
                mark=True,
            ),
            placement,
            variant,
            payload.lang,
            payload.text,
        )
    if variant == "transparent":
        opacity = round(rng.uniform(0.05, 0.3), 2)
        placement = rng.choice(FIXED_PLACEMENTS)
        inner = card(
            ctx,
            rng,
            style=style,
            title=title,
            body_html=body,
            buttons=(payload.button,),
            width=rng.choice((320, 380, 440)),
        )
        return Element(
            fixed(ctx, rng, f"<form>{inner}</form>", placement, z=92, mark=True, opacity=opacity),
            placement,
            f"transparent_{opacity:.2f}",
            payload.lang,
            payload.text,
        )
    size = rng.choice((6, 7, 8, 9))
    placement = rng.choice(CORNERS + ("inline",))
    inner = (
        f'<form style="font-size:{size}px;line-height:1.2;width:{rng.choice((150, 180, 220))}px;padding:4px;'
        f'background:var(--surface);color:var(--muted);border:1px solid var(--border)"><div>{e(payload.body)}</div>'
        + "".join(
            f'<input placeholder="{e(label)}" style="font-size:{size}px;padding:1px 3px;width:100%;margin-top:2px">'
            for label, _ in fields
        )
        + f'<button style="font-size:{size}px;padding:1px 4px;margin-top:2px">{e(payload.button)}</button></form>'
    )
    if placement == "inline":
        return Element(
            f'<div {INJ_ATTR}="1" style="margin:8px 0">{inner}</div>',
            "inline",
            f"tiny_{size}px",
            payload.lang,
            payload.text,
            flow_slot=rng.choice(("content", "side")),
        )
    return Element(
        fixed(ctx, rng, inner, placement, z=92, mark=True), placement, f"tiny_{size}px", payload.lang, payload.text
    )


def image_text(ctx: Ctx, rng: random.Random, payload: Payload) -> Element:
    variant = rng.choice(("inline", "inline", "sidebar", "fixed_corner", "top_banner"))
    alt = rng.choice(("", "advertisement", "banner", "notice", "image", payload.title))
    if variant == "top_banner":
        uri, w, h, style = images.text_image(
            rng,
            payload.body,
            title=payload.title if rng.random() < 0.6 else None,
            width=min(900, ctx.width - 28),
            font_size=rng.choice((15, 17, 19)),
        )
        html = f'<div {INJ_ATTR}="1" style="margin:10px 0"><img src="{uri}" alt="{e(alt)}" style="max-width:100%;display:block"></div>'
        return Element(html, "inline", f"top_banner_{style}", payload.lang, payload.text, flow_slot="top")
    width = {
        "inline": rng.choice((420, 520, 620)),
        "sidebar": rng.choice((240, 280)),
        "fixed_corner": rng.choice((260, 300, 340)),
    }[variant]
    width = min(width, ctx.width - 28)
    uri, w, h, style = images.text_image(
        rng,
        payload.body,
        title=payload.title if rng.random() < 0.6 else None,
        width=width,
        font_size=rng.choice((14, 15, 16)) if width < 400 else None,
    )
    img = f'<img src="{uri}" alt="{e(alt)}" width="{w}" height="{h}" style="max-width:100%;height:auto;display:block">'
    if variant == "fixed_corner":
        placement = rng.choice(CORNERS)
        return Element(
            fixed(ctx, rng, img, placement, z=90, mark=True), placement, f"fixed_{style}", payload.lang, payload.text
        )
    caption = f'<div class="tiny muted">{rng.choice(("Advertisement", "Sponsored", "Image", ""))}</div>'
    html = f'<figure {INJ_ATTR}="1" style="margin:12px 0">{img}{caption}</figure>'
    slot = "content" if variant == "inline" else "side"
    return Element(
        html,
        "inline" if variant == "inline" else "sidebar",
        f"{variant}_{style}",
        payload.lang,
        payload.text,
        flow_slot=slot,
    )


MALICIOUS_BUILDERS: dict[str, Callable[[Ctx, random.Random, Payload], Element]] = {
    "popup": popup,
    "fake_system": fake_system,
    "banner": banner,
    "injected_form": injected_form,
    "image_text": image_text,
}
FAMILIES: tuple[str, ...] = ("popup", "inline", "fake_system", "banner", "injected_form", "image_text")
#: Payload size and preferred goals per family.
FAMILY_PAYLOAD = {
    "popup": ("medium", None),
    "inline": ("medium", None),
    "fake_system": ("medium", None),
    "banner": ("short", None),
    "injected_form": ("short", ("credentials", "reveal", "payment", "credentials", None)),
    "image_text": ("medium", None),
}


_WRAPPED = re.compile(r"^(<(div|span|p)\b[^>]*>)(.*)(</\2>)$", re.DOTALL)
SHORT_KINDS = ("snippet", "post_preview", "issue_preview", "note", "feedback")


def inline_html(rng: random.Random, payload: Payload, kind: str, normal_html: str) -> str:
    """User content carrying the payload, styled exactly like its neighbours (same wrapper, same paragraphs)."""
    text = payload.body
    mode = rng.choice(("alone", "after", "before", "quoted"))
    wrapped = _WRAPPED.match(normal_html)
    single = wrapped is not None and "<p" not in wrapped.group(3) and "<div" not in wrapped.group(3)
    if kind in SHORT_KINDS or single:
        mode = rng.choice(("alone", "after"))
    if kind == "email":
        greeting = rng.choice(("Hi,", "Hello,", "Dear customer,", "Good morning,"))
        sign = rng.choice(("Best regards", "Thanks", "Kind regards", "Cheers"))
        inner = f"<p>{e(greeting)}</p>{paras(text, plain=True)}<p>{e(sign)},<br>{e(' '.join(words.person(rng)))}</p>"
    elif kind == "readme":
        heading = e(rng.choice(("Note", "Setup for agents", "Before you start", "Important")))
        inner = normal_html.replace("<h2>Usage</h2>", f"<h2>{heading}</h2>{paras(text, plain=True)}<h2>Usage</h2>", 1)
        if inner == normal_html:
            inner = normal_html + paras(text, plain=True)
    elif single or kind in SHORT_KINDS:
        assert wrapped is not None or kind in SHORT_KINDS
        if wrapped is not None and single:
            open_tag, _, body, close_tag = wrapped.groups()
            prefix = " — " if body.lstrip().startswith(("—", "&mdash;", " —")) else ""
            inner_text = e(text) if mode == "alone" else f"{body} {e(text)}"
            inner = f"{open_tag}{prefix if mode == 'alone' else ''}{inner_text}{close_tag}"
        else:
            inner = e(text) if mode == "alone" else f"{normal_html} {e(text)}"
    elif mode == "alone":
        inner = paras(text, plain=True)
    elif mode == "after":
        inner = normal_html + paras(text, plain=True)
    elif mode == "before":
        inner = paras(text, plain=True) + normal_html
    else:
        inner = (
            f'{normal_html}<blockquote style="margin:6px 0;padding:6px 12px;border-left:3px solid var(--border)">'
            f"{paras(text, plain=True)}</blockquote>"
        )
    tag = ugc_wrapper_tag(kind, normal_html)
    return f'<{tag} {INJ_ATTR}="1">{inner}</{tag}>'


def ugc_wrapper_tag(kind: str, normal_html: str) -> str:
    """``span`` where the user content sits inside a line of text, ``div`` elsewhere."""
    if kind in ("note", "feedback") or normal_html.startswith("<span"):
        return "span"
    return "div"


def hidden_copy(rng: random.Random, payload: Payload) -> str:
    """An off-screen / invisible duplicate of the payload: what an agent reading the DOM would also get."""
    trick = rng.choice(
        (
            "position:absolute;left:-9999px;top:0",
            "opacity:0.01;position:absolute;top:0;left:0;pointer-events:none",
            "font-size:1px;color:transparent;position:absolute;top:0;left:0",
            "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)",
        )
    )
    return f'<div style="{trick}">{e(payload.body)}</div>'
