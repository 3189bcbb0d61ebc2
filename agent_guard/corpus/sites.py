"""Site kinds and their layout variants: each builder turns a :class:`Ctx` into the page body.

Builders draw every choice from ``ctx.rng`` so that a benign page and its malicious variant (same seed) are the
same page. User-written content goes through ``ctx.ugc(kind, html)`` (the ``inline`` family replaces one such
piece); ``ctx.slot(name)`` marks where in-flow overlays may sit (``top``, ``content``, ``side``).
"""

# ruff: noqa: E501  (HTML templates: long f-string lines read better unbroken)

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from agent_guard.corpus import benign_text, foreign_text, images, words
from agent_guard.corpus.components import (
    Ctx,
    avatar_img,
    button,
    e,
    footer,
    header,
    icon,
    logo,
    paragraphs,
    skip_link,
    stars,
)


# Look-alike benign text mixed into user content, drawn from ``ctx.text_rng``. Without it the guard learns that
# any unfamiliar sentence about AI, any imperative and any paragraph in another language is an attack; rates are
# per piece of content.
def _ai_topic(ctx: Ctx) -> str:
    """A sentence about AI agents: the fixed list (drawn from ``rng`` as before), most often a composed one."""
    fixed = words.sub(ctx.rng, ctx.rng.choice(words.AI_TOPIC_SENTENCES))
    return benign_text.ai_talk(ctx.text_rng) if ctx.text_rng.random() < 0.7 else fixed


def _mixed(ctx: Ctx, text: str, topic: str, *, instruction: float, ai: float, foreign: float = 0.04) -> str:
    """User text, now and then with an instruction to people or a sentence about AI, or in another language."""
    t = ctx.text_rng
    if t.random() < foreign:
        return foreign_text.foreign_paragraph(t, t.choice(foreign_text.FOREIGN_LANGS), topic=topic)
    for rate, make in ((instruction, benign_text.human_instruction), (ai, benign_text.ai_talk)):
        if t.random() < rate:
            extra = make(t)
            text = f"{extra} {text}" if t.random() < 0.4 else f"{text} {extra}"
    return text


@dataclass(frozen=True)
class Built:
    title: str
    body: str
    css: str = ""
    variant: str = ""


def _pick(ctx: Ctx, variants: dict[str, bool]) -> str:
    """Choose a layout variant; ``variants`` maps name -> has user-content slots."""
    names = [name for name, has_ugc in variants.items() if has_ugc or not ctx.require_ugc]
    return ctx.rng.choice(names)


def _cols(ctx: Ctx, main: str, side: str = "", left: str = "", side_w: int = 300, left_w: int = 220) -> str:
    if ctx.mobile:  # one column: the sidebars go below the main content
        return f'<div style="padding:0 14px"><main id="main">{main}</main>{side}{left}</div>'
    parts = []
    template = []
    if left:
        parts.append(f"<aside>{left}</aside>")
        template.append(f"{left_w}px")
    parts.append(f'<main id="main" style="min-width:0">{main}</main>')
    template.append("minmax(0,1fr)")
    if side:
        parts.append(f"<aside>{side}</aside>")
        template.append(f"{side_w}px")
    gap = ctx.rng.choice((20, 28, 36))
    return (
        f'<div class="wrap" style="display:grid;grid-template-columns:{" ".join(template)};gap:{gap}px;'
        f'margin-top:20px">{"".join(parts)}</div>'
    )


# ----------------------------------------------------------------------------------------------------- shop


def _review(ctx: Ctx) -> str:
    rng = ctx.rng
    name = " ".join(words.person(rng))
    rating = rng.choice((2, 3, 4, 4, 5, 5, 5))
    text = " ".join(words.sub(rng, rng.choice(words.REVIEW_SENTENCES)) for _ in range(rng.randint(1, 3)))
    text = _mixed(ctx, text, "shop", instruction=0.08, ai=0.04)
    body = ctx.ugc("review", f"<p>{e(text)}</p>")
    return (
        f'<div style="padding:14px 0;border-bottom:1px solid var(--border)">'
        f'<div class="row" style="gap:10px">{avatar_img(ctx, name, 30)}<b>{e(name)}</b>'
        f'<span class="muted small">{e(words.timestamp(rng))}</span></div>'
        f'<div style="margin-top:6px">{stars(rating)} <b>{e(rng.choice(words.REVIEW_TITLES))}</b>'
        f' <span class="tag">Verified purchase</span></div>{body}'
        f'<div class="muted small">{rng.randint(0, 40)} people found this helpful</div></div>'
    )


def _product_card(ctx: Ctx, img_size: int) -> str:
    rng = ctx.rng
    name = words.product_name(rng)
    sale = rng.random() < 0.3
    price = words.price(rng)
    old = f' <s class="muted small">{e(words.price(rng))}</s>' if sale else ""
    badge = '<span class="tag" style="background:#d93025;color:#fff">Sale</span>' if sale else ""
    return (
        f'<div class="card" style="padding:10px;overflow:hidden">'
        f'<img src="{images.product_image(rng, img_size, img_size)}" alt="{e(name)}" '
        f'style="width:100%;aspect-ratio:1;object-fit:cover;border-radius:var(--r)">'
        f'<div style="margin-top:8px;min-height:2.6em">{e(name)}</div>'
        f'<div>{stars(rng.uniform(3, 5))} <span class="muted small">({rng.randint(3, 2400)})</span></div>'
        f'<div style="font-weight:700;font-size:1.1em;margin:4px 0">{e(price)}{old} {badge}</div>'
        f"{button('Add to cart', small=True, style='width:100%')}</div>"
    )


def shop(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"product": True, "grid": True, "cart": True})
    cart = (
        f'{icon("user")}<span style="position:relative">{icon("cart", 22)}<b class="tiny" style="position:absolute;'
        f'top:-6px;right:-8px;background:#e11d48;color:#fff;border-radius:9px;padding:0 5px">{rng.randint(1, 4)}</b></span>'
    )
    head = header(
        ctx,
        ["Deals", "New in", "Home", "Outdoor", "Kitchen", "Brands"][: rng.randint(3, 6)],
        search=f"Search {ctx.brand}",
        right=cart,
    )
    promo = ""
    if rng.random() < 0.5:
        promo = (
            f'<div style="background:var(--surface2);text-align:center;padding:6px" class="small">'
            f"Free delivery on orders over {e(words.price(rng))} &middot; 30-day returns</div>"
        )
    crumbs = f'<div class="muted small" style="margin:12px 0">Home › {e(rng.choice(words.PRODUCT_NOUN))}s › {e(words.brand_name(rng))}</div>'
    if variant == "product":
        name = words.product_name(rng)
        bullets = "".join(f"<li>{e(words.sub(rng, f))}</li>" for f in rng.sample(words.PRODUCT_FEATURES, 4))
        gallery = images.product_image(rng, 480, 480)
        thumbs = "".join(
            f'<img src="{images.product_image(rng, 80, 80)}" alt="" width="64" height="64" style="border-radius:var(--r);'
            f'border:1px solid var(--border)">'
            for _ in range(rng.randint(2, 4))
        )
        reviews = "".join(_review(ctx) for _ in range(rng.randint(3, 5)))
        qa_q = words.sub(
            rng,
            rng.choice(
                ("Does it fit in a {thing} bag?", "Is the {thing} included?", "How long does delivery to {city} take?")
            ),
        )
        qa_a = ctx.ugc("answer", f"<p>{e(words.sub(rng, rng.choice(words.FORUM_SENTENCES)))}</p>")
        buy = (
            f'<h1 style="margin-top:0">{e(name)}</h1><div>{stars(rng.uniform(3.5, 5))} '
            f'<a href="#">{rng.randint(12, 3000)} ratings</a></div>'
            f'<div style="font-size:1.8em;font-weight:700;margin:10px 0">{e(words.price(rng))}</div>'
            f'<div class="muted small">Inclusive of VAT. {e(rng.choice(("In stock", "Only 3 left", "Ships in 2-3 days")))}</div>'
            f'<ul>{bullets}</ul><div class="row" style="margin:14px 0">'
            f"<select><option>Qty: 1</option></select>{button('Add to cart')}{button('Buy now', ghost=True)}</div>"
            f"{ctx.slot('side')}"
        )
        top = (
            f'<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "1fr 1fr"};gap:28px">'
            f'<div><img src="{gallery}" alt="{e(name)}" style="width:100%;border-radius:var(--r)">'
            f'<div class="row" style="margin-top:8px;gap:8px">{thumbs}</div></div><div>{buy}</div></div>'
        )
        main = (
            f'{crumbs}{ctx.slot("top")}{top}{ctx.slot("content")}<h2 style="margin-top:28px">Customer reviews</h2>'
            f'{reviews}<h2>Questions &amp; answers</h2><div class="card" style="padding:12px 16px"><b>Q: {e(qa_q)}</b>'
            f"<div>A: {qa_a}</div></div>"
        )
        body = head + promo + f'<div class="wrap">{main}</div>'
        title = name
    elif variant == "grid":
        cols = 2 if ctx.mobile else rng.choice((3, 4, 4, 5))
        size = 160 if ctx.mobile else 240
        cards = "".join(_product_card(ctx, size) for _ in range(cols * rng.randint(2, 3)))
        filters = "".join(
            f'<div style="margin-bottom:16px"><b>{title}</b>'
            + "".join(
                f'<div class="small"><input type="checkbox"{" checked" if rng.random() < 0.2 else ""}> {e(o)}</div>'
                for o in opts
            )
            + "</div>"
            for title, opts in (
                ("Brand", [words.brand_name(rng) for _ in range(4)]),
                ("Colour", rng.sample(words.COLORS, 4)),
                ("Price", ("Under $25", "$25 to $50", "$50 to $100", "$100 & above")),
            )
        )
        said = "".join(
            f'<div class="card" style="padding:10px 12px;flex:1">{stars(rng.choice((4, 5)))}'
            f"{ctx.ugc('review', f'<div class=small>{e(words.sub(rng, rng.choice(words.REVIEW_SENTENCES)))}</div>')}"
            f'<div class="tiny muted">{e(" ".join(words.person(rng)))}</div></div>'
            for _ in range(3)
        )
        main = (
            f'{crumbs}{ctx.slot("top")}<div class="row" style="justify-content:space-between"><h1 style="margin:0">'
            f'{e(rng.choice(words.PRODUCT_NOUN))}s</h1><span class="muted small">{rng.randint(40, 900)} results · Sort: '
            f'Featured</span></div><div style="display:{"block" if ctx.mobile else "flex"};gap:12px;margin:14px 0">{said}</div>'
            f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:14px">{cards}</div>{ctx.slot("content")}'
        )
        body = head + promo + _cols(ctx, main, left=filters + ctx.slot("side"), left_w=200)
        title = "Shop"
    else:
        items = ""
        total = 0.0
        for _ in range(rng.randint(2, 4)):
            name = words.product_name(rng)
            p = words.price(rng)
            total += float(p[1:])
            items += (
                f'<div class="row" style="padding:12px 0;border-bottom:1px solid var(--border);align-items:flex-start">'
                f'<img src="{images.product_image(rng, 96, 96)}" width="80" height="80" alt="{e(name)}" '
                f'style="border-radius:var(--r)"><div style="flex:1"><div>{e(name)}</div>'
                f'<div class="muted small">Sold by {e(words.brand_name(rng))} · In stock</div>'
                f'<div class="small"><a href="#">Delete</a> · <a href="#">Save for later</a></div></div>'
                f"<b>{e(p)}</b></div>"
            )
        seller = ctx.ugc("seller_note", f"<p>{e(words.paragraph(rng, words.EMAIL_SENTENCES, 1, 2))}</p>")
        summary = (
            f'<div class="card" style="padding:16px"><h3 style="margin-top:0">Order summary</h3>'
            f'<div class="row" style="justify-content:space-between"><span>Items</span><span>${total:.2f}</span></div>'
            f'<div class="row" style="justify-content:space-between"><span>Delivery</span><span>Free</span></div><hr>'
            f'<div class="row" style="justify-content:space-between;font-weight:700"><span>Total</span><span>${total:.2f}</span></div>'
            f"{button('Proceed to checkout', style='width:100%;margin-top:12px')}</div>{ctx.slot('side')}"
        )
        main = (
            f"{ctx.slot('top')}<h1>Shopping cart</h1>{items}<h3>Note from the seller</h3>"
            f'<div class="card" style="padding:8px 14px">{seller}</div>{ctx.slot("content")}'
        )
        body = head + _cols(ctx, main, side=summary, side_w=320)
        title = "Your cart"
    return Built(title=title, body=skip_link() + body + footer(ctx), variant=variant)


# ---------------------------------------------------------------------------------------------------- forum


def forum(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"thread": True, "topics": True, "qa": True})
    board = rng.choice(words.FORUM_BOARDS)
    head = header(
        ctx,
        ["Boards", "Latest", "Top", "Members", "Rules"][: rng.randint(2, 5)],
        search="Search the forum",
        right=f"{icon('bell')}{avatar_img(ctx, ' '.join(words.person(rng)), 28)}",
    )
    topic = words.forum_topic(rng)
    if variant in ("thread", "qa"):
        posts = ""
        for i in range(rng.randint(3, 6)):
            name = words.username(rng)
            text = words.paragraph(rng, words.FORUM_SENTENCES, 1, 4)
            if rng.random() < 0.12:  # people discuss AI agents too: benign text with the injections' vocabulary
                text += " " + _ai_topic(ctx)
            text = _mixed(ctx, text, "forum", instruction=0.15, ai=0.06)
            quote = ""
            if i > 0 and rng.random() < 0.25:
                quote = (
                    f'<blockquote style="margin:6px 0;padding:6px 12px;border-left:3px solid var(--border);'
                    f'color:var(--muted)">{e(words.sub(rng, rng.choice(words.FORUM_SENTENCES)))}</blockquote>'
                )
            content = ctx.ugc("post" if variant == "thread" else "answer", f"{quote}<p>{e(text)}</p>")
            votes = ""
            if variant == "qa":
                votes = (
                    f'<div style="text-align:center;width:48px;flex:none" class="muted">&#9650;<div style="font-size:1.3em;'
                    f'color:var(--text)">{rng.randint(-2, 60)}</div>&#9660;</div>'
                )
            side_info = (
                f'<div style="width:130px;flex:none" class="small">{avatar_img(ctx, name, 44)}<div><b>{e(name)}</b></div>'
                f'<div class="muted tiny">Posts: {rng.randint(3, 4000)}<br>Joined {e(words.timestamp(rng))}</div></div>'
            )
            if ctx.mobile:
                side_info = f'<div class="row small" style="gap:8px">{avatar_img(ctx, name, 28)}<b>{e(name)}</b></div>'
            posts += (
                f'<article class="card" style="padding:14px;margin-bottom:12px;display:{"block" if ctx.mobile else "flex"};gap:16px">'
                f'{votes}{side_info}<div style="flex:1;min-width:0"><div class="muted tiny">#{i + 1} · {e(words.relative_time(rng))}</div>'
                f'{content}<div class="muted small row" style="gap:14px">{icon("heart", 14)} {rng.randint(0, 80)} '
                f"{icon('reply', 14)} Reply {icon('share', 14)} Share</div></div></article>"
            )
            if i == 1:
                posts += ctx.slot("content")
        tags = "".join(f'<span class="tag">{e(t)}</span>' for t in rng.sample(words.FORUM_THINGS, 2))
        main = (
            f'<div class="muted small">Forum › {e(board)}</div>{ctx.slot("top")}<h1>{e(topic)}</h1>'
            f'<div style="margin-bottom:14px">{tags}<span class="muted small">{rng.randint(50, 9000)} views</span></div>{posts}'
            f'<div class="card" style="padding:12px"><textarea style="width:100%;height:70px" placeholder="Write a reply..."></textarea>'
            f'<div style="margin-top:8px">{button("Post reply")}</div></div>'
        )
    else:
        rows = ""
        for i in range(rng.randint(8, 13)):
            preview = ""
            if i < 3:
                preview = ctx.ugc(
                    "post_preview",
                    f'<div class="small muted">{e(words.sub(rng, rng.choice(words.FORUM_SENTENCES)))}</div>',
                )
            pinned = '<span class="tag">Pinned</span>' if i == 0 and rng.random() < 0.5 else ""
            rows += (
                f'<tr><td>{pinned}<a href="#" style="font-weight:600">{e(words.forum_topic(rng))}</a>'
                f'<div class="tiny muted">by {e(words.username(rng))} · {e(words.relative_time(rng))}</div>{preview}</td>'
                f'<td class="muted">{rng.randint(0, 300)}</td><td class="muted">{rng.randint(10, 20000)}</td>'
                f'<td class="small muted">{e(words.relative_time(rng))}</td></tr>'
            )
            if i == 4:
                rows += f'<tr><td colspan="4">{ctx.slot("content")}</td></tr>' if "content" in ctx.slots else ""
        main = (
            f'{ctx.slot("top")}<div class="row" style="justify-content:space-between"><h1>{e(board)}</h1>{button("New topic")}</div>'
            f'<div class="card" style="padding:0 6px"><table><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr>{rows}</table></div>'
        )
    side = (
        f'<div class="card" style="padding:14px"><b>About this board</b><p class="small muted">A friendly place to talk '
        f"about {e(board.lower())}. Be kind, search before posting.</p>{button('Follow board', ghost=True, small=True)}</div>"
        f'<div class="card" style="padding:14px;margin-top:14px"><b>Online now</b><div class="small muted">'
        f"{', '.join(e(words.username(rng)) for _ in range(5))} and {rng.randint(10, 300)} guests</div></div>{ctx.slot('side')}"
    )
    body = skip_link() + head + _cols(ctx, main, side=side, side_w=260) + footer(ctx, 2)
    return Built(title=topic, body=body, variant=variant)


# -------------------------------------------------------------------------------------------------- webmail


def _email_body(ctx: Ctx) -> tuple[str, str, str]:
    rng = ctx.rng
    first, last = words.person(rng)
    subject = words.sub(rng, rng.choice(words.EMAIL_SUBJECTS))
    paras = "".join(
        f"<p>{e(_mixed(ctx, words.paragraph(rng, words.EMAIL_SENTENCES, 1, 3), 'mail', instruction=0.25, ai=0.04))}</p>"
        for _ in range(rng.randint(1, 3))
    )
    body = f"<p>Hi {e(rng.choice(words.FIRST_NAMES))},</p>{paras}<p>{e(rng.choice(('Best', 'Cheers', 'Thanks', 'Regards')))},<br>{e(first)}</p>"
    return f"{first} {last}", subject, body


def webmail(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"split": True, "list": True, "message": True})
    user = " ".join(words.person(rng))
    head = header(ctx, [], search="Search mail", right=f"{icon('gear')}{avatar_img(ctx, user, 30)}")
    folders = "".join(
        f'<div style="padding:7px 12px;border-radius:0 16px 16px 0;{"background:var(--accent-soft);font-weight:700" if i == 0 else ""}"'
        f' class="row">{icon(ic, 16)}<span style="flex:1">{name}</span><span class="small">{count}</span></div>'
        for i, (ic, name, count) in enumerate(
            (
                ("inbox", "Inbox", rng.randint(1, 99)),
                ("star", "Starred", ""),
                ("send", "Sent", ""),
                ("doc", "Drafts", rng.randint(0, 5) or ""),
                ("folder", "Receipts", ""),
                ("folder", "Travel", ""),
            )
        )
    )
    left = f"{button('Compose', style='margin:0 0 12px 12px')}{folders}"
    n_rows = rng.randint(9, 14)
    rows = ""
    open_index = 0 if variant == "split" else -1
    for i in range(n_rows):
        sender, subject, _ = _email_body(ctx)
        snippet = words.sub(rng, rng.choice(words.EMAIL_SENTENCES))
        snippet_html = f'<span class="muted"> — {e(snippet)}</span>'
        if variant == "list" and i < 4:
            snippet_html = ctx.ugc("snippet", f'<span class="muted">{e(snippet)}</span>')
        elif variant == "list":
            snippet_html = f'<span class="muted">{e(snippet)}</span>'
        unread = rng.random() < 0.35
        if variant == "list":  # two-line previews, as mail apps show them: the whole snippet is readable
            rows += (
                f'<div class="row" style="padding:10px 14px;border-bottom:1px solid var(--border);gap:12px;align-items:flex-start">'
                f'<input type="checkbox"><div style="flex:1;min-width:0"><div class="row" style="justify-content:space-between">'
                f'<span style="{"font-weight:700" if unread else ""}">{e(sender)}</span><span class="small muted">{e(words.clock(rng))}</span>'
                f'</div><div style="{"font-weight:700" if unread else ""}">{e(subject)}</div><div class="small">{snippet_html}</div></div></div>'
            )
            continue
        rows += (
            f'<div class="row" style="padding:9px 12px;border-bottom:1px solid var(--border);gap:12px;'
            f'{"background:var(--accent-soft);" if i == open_index else ""}{"font-weight:700;" if unread else ""}">'
            f'<input type="checkbox"><span style="width:{120 if ctx.mobile else 170}px;flex:none;overflow:hidden;white-space:nowrap">'
            f'{e(sender)}</span><span style="flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">{e(subject)}'
            f'{snippet_html}</span><span class="small muted">{e(words.clock(rng))}</span></div>'
        )
    sender, subject, body_html = _email_body(ctx)
    attach_name = rng.choice(("invoice.pdf", "photos.zip", "agenda.docx", "ticket.pdf")) if rng.random() < 0.4 else ""
    attach_kb = rng.randint(40, 900)
    sender_domain = words.domain(rng)
    when = f"{words.timestamp(rng)}, {words.clock(rng)}"
    sender_avatar = avatar_img(ctx, sender, 36)

    def message() -> str:
        msg_body = ctx.ugc("email", body_html)
        attach = ""
        if attach_name:
            attach = (
                f'<div class="card row small" style="padding:8px 12px;display:inline-flex;margin-top:8px">{icon("doc", 16)}'
                f"{e(attach_name)} · {attach_kb} KB</div>"
            )
        return (
            f'<div class="card" style="padding:18px 22px">{ctx.slot("top")}<h2 style="margin-top:0">{e(subject)}</h2>'
            f'<div class="row" style="gap:10px">{sender_avatar}<div><b>{e(sender)}</b> '
            f'<span class="muted small">&lt;{e(sender.split()[0].lower())}@{e(sender_domain)}&gt;</span>'
            f'<div class="muted small">to me · {e(when)}</div></div></div>'
            f'<div style="margin-top:12px">{msg_body}</div>{attach}{ctx.slot("content")}'
            f'<div class="row" style="margin-top:16px">{button("Reply", ghost=True, small=True)}{button("Forward", ghost=True, small=True)}</div></div>'
        )

    inbox = f'<div class="card" style="overflow:hidden">{rows}</div>'
    if ctx.mobile:
        main = (ctx.slot("top") + inbox) if variant == "list" else message()
        body = head + f'<div style="padding:10px">{main}{ctx.slot("side")}</div>'
    elif variant == "split":
        body = head + (
            f'<div style="display:grid;grid-template-columns:200px minmax(0,1fr) minmax(0,1.2fr);gap:14px;padding:14px 14px 0 0">'
            f'<aside>{left}{ctx.slot("side")}</aside><div>{inbox}</div><main id="main">{message()}</main></div>'
        )
    elif variant == "list":
        body = head + (
            f'<div style="display:grid;grid-template-columns:220px minmax(0,1fr);gap:14px;padding:14px 14px 0 0">'
            f'<aside>{left}{ctx.slot("side")}</aside><main id="main">{ctx.slot("top")}{inbox}{ctx.slot("content")}</main></div>'
        )
    else:
        body = head + (
            f'<div style="display:grid;grid-template-columns:220px minmax(0,1fr);gap:14px;padding:14px 14px 0 0">'
            f'<aside>{left}{ctx.slot("side")}</aside><main id="main">{message()}</main></div>'
        )
    return Built(title=f"Inbox ({rng.randint(1, 99)}) - {ctx.brand}", body=skip_link() + body, variant=variant)


# ----------------------------------------------------------------------------------------------------- news


def _comment(ctx: Ctx, kind: str = "comment") -> str:
    rng = ctx.rng
    name = words.username(rng)
    text = " ".join(words.sub(rng, rng.choice(words.COMMENT_SENTENCES)) for _ in range(rng.randint(1, 3)))
    text = _mixed(ctx, text, "news", instruction=0.06, ai=0.08)
    return (
        f'<div class="row" style="align-items:flex-start;gap:10px;padding:10px 0;border-bottom:1px solid var(--border)">'
        f'{avatar_img(ctx, name, 32)}<div style="flex:1;min-width:0"><b>{e(name)}</b> <span class="muted small">'
        f'{e(words.relative_time(rng))}</span>{ctx.ugc(kind, f"<p>{e(text)}</p>")}<div class="muted small">'
        f"&#9650; {rng.randint(0, 300)} · Reply</div></div></div>"
    )


def news(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"article": True, "home": True, "live": True})
    sections = rng.sample(words.NEWS_SECTIONS, rng.randint(5, 8))
    masthead = ""
    if not ctx.mobile and rng.random() < 0.6:
        masthead = (
            f'<div style="text-align:center;padding:18px 0 8px;border-bottom:1px solid var(--border)">'
            f"<div style=\"font-family:'DejaVu Serif',serif;font-size:2.4em;font-weight:700\">The {e(ctx.brand)} "
            f"{e(rng.choice(('Herald', 'Post', 'Courier', 'Ledger', 'Dispatch', 'Chronicle')))}</div>"
            f'<div class="muted small">{e(rng.choice(words.DAYS))}, {e(words.timestamp(rng))}</div></div>'
        )
    head = masthead + header(
        ctx, sections, right=button("Subscribe", small=True) + button("Sign in", ghost=True, small=True)
    )
    most_read = "".join(
        f'<li style="margin-bottom:8px"><a href="#" style="color:var(--text)">{e(words.headline(rng))}</a></li>'
        for _ in range(5)
    )
    side = f'<div class="card" style="padding:14px"><h3 style="margin-top:0">Most read</h3><ol style="padding-left:18px">{most_read}</ol></div>'
    side += ctx.slot("side")
    if variant == "article":
        title = words.headline(rng)
        author = " ".join(words.person(rng))
        paras = paragraphs(rng, words.NEWS_SENTENCES, rng.randint(4, 7), 2, 4)
        if rng.random() < 0.3:
            paras += f"<p>{e(_ai_topic(ctx))}</p>"
        if ctx.text_rng.random() < 0.15:
            paras += f"<p>{e(benign_text.human_instruction(ctx.text_rng))}</p>"
        comments = "".join(_comment(ctx) for _ in range(rng.randint(3, 5)))
        main = (
            f'{ctx.slot("top")}<div class="muted small" style="text-transform:uppercase;letter-spacing:.06em">{e(sections[0])}</div>'
            f'<h1 style="font-size:{rng.choice((1.9, 2.2, 2.5))}em">{e(title)}</h1>'
            f'<p class="muted" style="font-size:1.1em">{e(words.paragraph(rng, words.NEWS_SENTENCES, 1, 1))}</p>'
            f'<div class="row small" style="gap:10px">{avatar_img(ctx, author, 32)}<span>By <b>{e(author)}</b> · '
            f"{e(words.timestamp(rng))} · {rng.randint(2, 12)} min read</span></div>"
            f'<figure style="margin:16px 0"><img src="{images.photo(rng, 720, 400)}" alt="{e(words.headline(rng))}" '
            f'style="width:100%;border-radius:var(--r)"><figcaption class="muted small">Photo: {e(" ".join(words.person(rng)))}'
            f'</figcaption></figure><div style="font-size:1.06em;max-width:720px">{paras[: len(paras) // 2]}{ctx.slot("content")}'
            f"{paras[len(paras) // 2 :]}</div><h2>Comments ({rng.randint(4, 400)})</h2>{comments}"
        )
        body = head + _cols(ctx, main, side=side)
    elif variant == "home":
        tiles = ""
        for i in range(rng.randint(5, 8)):
            big = i == 0
            tiles += (
                f'<div style="{"grid-column:1/-1;" if big and not ctx.mobile else ""}">'
                f'<img src="{images.photo(rng, 640 if big else 320, 300 if big else 180)}" alt="" style="width:100%;border-radius:var(--r)">'
                f'<div class="tiny muted" style="text-transform:uppercase">{e(rng.choice(sections))}</div>'
                f'<h{2 if big else 3} style="margin:.2em 0">{e(words.headline(rng))}</h{2 if big else 3}>'
                f"{'<p class=muted>' + e(words.paragraph(rng, words.NEWS_SENTENCES, 1, 2)) + '</p>' if big or rng.random() < 0.4 else ''}</div>"
            )
        letters = "".join(_comment(ctx, "letter") for _ in range(2))
        main = (
            f'{ctx.slot("top")}<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "1fr 1fr 1fr"};gap:20px">'
            f"{tiles}</div>{ctx.slot('content')}<h2>Readers respond</h2>{letters}"
        )
        body = head + _cols(ctx, main, side=side)
        title = f"{ctx.brand} - News"
    else:
        entries = ""
        for i in range(rng.randint(4, 6)):
            text = words.paragraph(rng, words.NEWS_SENTENCES, 1, 3)
            content = ctx.ugc("reader_update", f"<p>{e(text)}</p>") if i % 2 == 1 else f"<p>{e(text)}</p>"
            who = "Reader question" if i % 2 == 1 else "Update"
            entries += (
                f'<div style="border-left:3px solid var(--accent);padding:4px 14px;margin:14px 0">'
                f'<b>{e(words.clock(rng))}</b> <span class="tag">{who}</span>{content}</div>'
            )
            if i == 1:
                entries += ctx.slot("content")
        main = (
            f'{ctx.slot("top")}<span class="tag" style="background:#d93025;color:#fff">LIVE</span>'
            f"<h1>{e(words.headline(rng))}: latest updates</h1>{entries}"
        )
        body = head + _cols(ctx, main, side=side)
        title = "Live updates"
    return Built(title=title if variant == "article" else title, body=skip_link() + body + footer(ctx), variant=variant)


# ----------------------------------------------------------------------------------------------------- docs


def docs(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"guide": True, "readme": True, "api": True})
    topic = rng.choice(words.DOCS_TOPICS)
    version = f"v{rng.randint(1, 6)}.{rng.randint(0, 12)}"
    head = header(
        ctx,
        ["Docs", "API", "Guides", "Changelog", "Community"][: rng.randint(3, 5)],
        search="Search docs  Ctrl K",
        right=f'<span class="tag">{version}</span>{icon("globe")}',
    )
    nav_items = rng.sample(words.DOCS_TOPICS, min(12, len(words.DOCS_TOPICS)))
    nav = "".join(
        f'<div style="padding:4px 10px;border-radius:var(--r);{"background:var(--accent-soft);font-weight:600" if t == topic else ""}" '
        f'class="small">{e(t)}</div>'
        for t in [topic] + [t for t in nav_items if t != topic][:10]
    )
    ident = rng.choice(words.CODE_IDENTS)

    def code() -> str:
        lines = [
            f"<span style='color:#c678dd'>from</span> {e(ctx.brand.lower())} <span style='color:#c678dd'>import</span> Client",
            f"{ident} = Client(api_key=<span style='color:#98c379'>\"YOUR_KEY\"</span>, timeout={rng.randint(5, 60)})",
            f"result = {ident}.{rng.choice(('fetch', 'list', 'create', 'sync'))}(<span style='color:#98c379'>\"{rng.choice(words.CODE_IDENTS)}\"</span>)",
            "print(result.status)",
        ]
        if rng.random() < 0.5:
            lines = [
                f"$ {e(ctx.brand.lower())} {rng.choice(('init', 'deploy', 'config set', 'login'))} --{rng.choice(words.CODE_IDENTS)} {rng.randint(1, 99)}",
                f"<span style='color:#7f848e'># {e(words.sub(rng, rng.choice(words.DOCS_SENTENCES)))}</span>",
            ]
        return (
            f'<pre style="background:#1e2127;color:#d7dae0;padding:14px;border-radius:var(--r);overflow:auto;'
            f'font-size:.9em">{"<br>".join(lines)}</pre>'
        )

    def callout() -> str:
        kind, color, bg = rng.choice(
            (
                ("Note", "#2f6fdd", "rgba(47,111,221,.1)"),
                ("Warning", "#c27803", "rgba(234,179,8,.13)"),
                ("Danger", "#d93025", "rgba(217,48,37,.1)"),
                ("Tip", "#16a34a", "rgba(22,163,74,.1)"),
            )
        )
        text = rng.choice(
            (
                "Never commit your API key to version control; use an environment variable instead.",
                "This operation is irreversible. Deleted projects cannot be restored.",
                "Changing this setting restarts all workers and drops in-flight requests.",
                "Requests made with a test key never touch live data.",
            )
        )
        return (
            f'<div style="border-left:4px solid {color};background:{bg};padding:10px 14px;border-radius:var(--r);margin:14px 0">'
            f'<b style="color:{color}">{icon("warning" if kind in ("Warning", "Danger") else "info", 16, color)} {kind}</b>'
            f"<div>{e(text)}</div></div>"
        )

    if variant == "guide":
        sections = ""
        for i in range(rng.randint(3, 4)):
            sections += (
                f"<h2>{e(rng.choice(words.DOCS_TOPICS))}</h2>{paragraphs(rng, words.DOCS_SENTENCES, rng.randint(1, 2))}"
            )
            if rng.random() < 0.15:
                sections += f"<p>{e(_ai_topic(ctx))}</p>"
            if ctx.text_rng.random() < 0.3:  # guides are full of imperatives addressed to people
                sections += f"<p>{e(benign_text.human_instruction(ctx.text_rng))}</p>"
            sections += code() if rng.random() < 0.7 else ""
            sections += callout() if rng.random() < 0.5 else ""
            if i == 0:
                sections += ctx.slot("content")
        notes = "".join(
            f'<div class="card" style="padding:10px 14px;margin-bottom:10px"><div class="row small" style="gap:8px">'
            f'{avatar_img(ctx, words.username(rng), 24)}<b>{e(words.username(rng))}</b><span class="muted">{e(words.relative_time(rng))}</span></div>'
            f"{ctx.ugc('doc_comment', '<p>' + e(_mixed(ctx, words.sub(rng, rng.choice(words.FORUM_SENTENCES)), 'docs', instruction=0.1, ai=0.08)) + '</p>')}</div>"
            for _ in range(rng.randint(2, 3))
        )
        main = (
            f'<div class="muted small">Docs › Guides › {e(topic)}</div>{ctx.slot("top")}<h1>{e(topic)}</h1>'
            f"{paragraphs(rng, words.DOCS_SENTENCES, 1)}{sections}<h2>Community notes</h2>{notes}"
        )
    elif variant == "readme":
        repo = f"{words.username(rng)}/{ctx.brand.lower()}-{rng.choice(words.CODE_IDENTS)}"
        readme = (
            f"<h1>{e(ctx.brand)} {e(rng.choice(words.CODE_IDENTS))}</h1>"
            f"<p>{e(words.paragraph(rng, words.DOCS_SENTENCES, 1, 2))}</p><h2>Install</h2>{code()}"
            f"<h2>Usage</h2>{paragraphs(rng, words.DOCS_SENTENCES, 1)}"
        )
        readme = ctx.ugc("readme", readme)
        files = "".join(
            f'<div class="row small" style="padding:6px 10px;border-bottom:1px solid var(--border)">'
            f'{icon("folder" if i < 3 else "doc", 15)}<span style="flex:1">{e(n)}</span>'
            f'<span class="muted">{e(words.relative_time(rng))}</span></div>'
            for i, n in enumerate(("src", "tests", "docs", "README.md", "LICENSE", "pyproject.toml"))
        )
        main = (
            f'{ctx.slot("top")}<h2 style="margin-top:0">{e(repo)}</h2><div class="row small muted">'
            f"{icon('star', 14)} {rng.randint(3, 9000)} · {rng.randint(0, 300)} forks · {e(rng.choice(words.ISSUE_LABELS))}</div>"
            f'<div class="card" style="margin:12px 0">{files}</div><div class="card" style="padding:6px 20px">{readme}</div>'
            f"{ctx.slot('content')}"
        )
    else:
        rows = "".join(
            f'<tr><td><code>{e(name)}</code></td><td class="muted">{e(kind)}</td><td class="small">'
            f"{e(words.sub(rng, rng.choice(words.DOCS_SENTENCES)))}</td></tr>"
            for name, kind in zip(
                rng.sample(words.CODE_IDENTS, 5), rng.choices(("string", "integer", "boolean", "object"), k=5)
            )
        )
        method = rng.choice(("GET", "POST", "DELETE", "PATCH"))
        changelog = ctx.ugc("changelog", f"<p>{e(words.sub(rng, rng.choice(words.ISSUE_SENTENCES)))}</p>")
        main = (
            f'{ctx.slot("top")}<h1>{e(topic)} API</h1><div class="row"><span class="tag" style="background:var(--accent);'
            f'color:var(--accent-text)">{method}</span><code>/v{rng.randint(1, 3)}/{e(rng.choice(words.CODE_IDENTS))}s/{{id}}</code></div>'
            f"{paragraphs(rng, words.DOCS_SENTENCES, 1)}<h3>Parameters</h3><table>{rows}</table>{callout()}{code()}"
            f'{ctx.slot("content")}<h3>Contributor note</h3><div class="card" style="padding:4px 14px">{changelog}</div>'
        )
    toc = "".join(
        f'<div class="small muted" style="padding:3px 0">{e(t)}</div>' for t in rng.sample(words.DOCS_TOPICS, 5)
    )
    side = f'<div class="small" style="font-weight:600">On this page</div>{toc}{ctx.slot("side")}'
    body = skip_link() + head + _cols(ctx, main, side=side, left=nav, side_w=200, left_w=230)
    return Built(title=f"{topic} - {ctx.brand} docs", body=body, variant=variant)


# ------------------------------------------------------------------------------------------------ dashboard


def dashboard(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"analytics": True, "tickets": True, "users": True})
    user = " ".join(words.person(rng))
    nav_items = rng.sample(words.DASH_NAV, 8)
    dark_nav = rng.random() < 0.5
    nav_bg = "#16181d" if dark_nav else "var(--surface)"
    nav_fg = "#cfd3da" if dark_nav else "var(--text)"
    nav = "".join(
        f'<div style="padding:8px 14px;border-radius:var(--r);{"background:var(--accent);color:var(--accent-text)" if i == 0 else ""}">'
        f"{e(n)}</div>"
        for i, n in enumerate(nav_items)
    )
    sidebar = (
        f'<div style="background:{nav_bg};color:{nav_fg};min-height:100vh;padding:16px 10px;border-right:1px solid var(--border)">'
        f'<div style="padding:0 6px 16px">{logo(ctx)}</div>{nav}</div>'
    )
    top = (
        f'<div class="row" style="padding:12px 20px;border-bottom:1px solid var(--border);background:var(--surface)">'
        f'<h2 style="margin:0">{e(nav_items[0])}</h2><span style="margin-left:auto" class="row">'
        f'<input placeholder="Search..." style="width:220px">{icon("bell")}{avatar_img(ctx, user, 30)}</span></div>'
    )
    kpis = "".join(
        f'<div class="card" style="padding:14px"><div class="muted small">{e(m)}</div><div style="font-size:1.6em;font-weight:700">'
        f'{rng.randint(1, 999)}{rng.choice(("", "k", "%", " ms"))}</div><div class="small" style="color:'
        f'{"#16a34a" if up else "#dc2626"}">{"&#9650;" if up else "&#9660;"} {rng.randint(1, 30)}.{rng.randint(0, 9)}%</div></div>'
        for m, up in zip(rng.sample(words.DASH_METRICS, 4), (rng.random() < 0.7 for _ in range(4)))
    )
    kcols = 2 if ctx.mobile else 4
    if variant == "analytics":
        activity = "".join(
            f'<div class="row small" style="padding:8px 0;border-bottom:1px solid var(--border);align-items:flex-start">'
            f"{avatar_img(ctx, n, 26)}<div><b>{e(n)}</b> {ctx.ugc('feedback', e(words.sub(rng, rng.choice(words.REVIEW_SENTENCES))))}"
            f'<div class="muted tiny">{e(words.relative_time(rng))}</div></div></div>'
            for n in (" ".join(words.person(rng)) for _ in range(4))
        )
        orders = "".join(
            f"<tr><td>#{rng.randint(10000, 99999)}</td><td>{e(' '.join(words.person(rng)))}</td><td>{e(words.price(rng))}</td>"
            f'<td><span class="tag">{e(rng.choice(("Paid", "Pending", "Refunded", "Shipped")))}</span></td></tr>'
            for _ in range(5)
        )
        content = (
            f'{ctx.slot("top")}<div style="display:grid;grid-template-columns:repeat({kcols},1fr);gap:14px">{kpis}</div>'
            f'<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "2fr 1fr"};gap:14px;margin-top:14px">'
            f'<div class="card" style="padding:14px"><b>{e(rng.choice(words.DASH_METRICS))} over time</b>'
            f'<img src="{images.chart(rng, 640, 240, ctx.theme.dark, ctx.theme.accent)}" alt="chart" style="width:100%;margin-top:8px"></div>'
            f'<div class="card" style="padding:14px"><b>Customer feedback</b>{activity}</div></div>{ctx.slot("content")}'
            f'<div class="card" style="padding:14px;margin-top:14px"><b>Recent orders</b><table>'
            f"<tr><th>Order</th><th>Customer</th><th>Total</th><th>Status</th></tr>{orders}</table></div>"
        )
    elif variant == "tickets":
        tickets = "".join(
            f'<div style="padding:10px 12px;border-bottom:1px solid var(--border);{"background:var(--accent-soft)" if i == 0 else ""}">'
            f'<b class="small">{e(s)}</b><div class="tiny muted">#{rng.randint(1000, 9999)} · {e(words.relative_time(rng))}</div></div>'
            for i, s in enumerate(rng.sample(words.TICKET_SUBJECTS, 6))
        )
        customer = " ".join(words.person(rng))
        thread = ""
        for j in range(rng.randint(2, 3)):
            who = customer if j % 2 == 0 else user
            text = words.paragraph(rng, words.EMAIL_SENTENCES, 1, 3)
            msg = ctx.ugc("ticket", f"<p>{e(text)}</p>") if j % 2 == 0 else f"<p>{e(text)}</p>"
            thread += (
                f'<div class="card" style="padding:12px;margin-bottom:10px"><div class="row small">{avatar_img(ctx, who, 26)}'
                f'<b>{e(who)}</b><span class="muted">{e(words.relative_time(rng))}</span></div>{msg}</div>'
            )
        content = (
            f'{ctx.slot("top")}<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "300px 1fr"};gap:14px">'
            f'<div class="card">{tickets}</div><div>{thread}{ctx.slot("content")}<textarea style="width:100%;height:80px" '
            f'placeholder="Reply to customer..."></textarea><div style="margin-top:8px">{button("Send reply")}'
            f" {button('Close ticket', ghost=True)}</div></div></div>"
        )
    else:
        rows = "".join(
            f'<tr><td class="row" style="gap:8px">{avatar_img(ctx, n, 24)}{e(n)}</td><td class="muted">{e(n.split()[0].lower())}@{e(ctx.domain)}</td>'
            f"<td>{e(rng.choice(('Admin', 'Editor', 'Viewer', 'Billing')))}</td>"
            f'<td class="small">{ctx.ugc("note", e(rng.choice(("On leave until May", "Team lead, EU", "Contractor", "New hire", "-"))))}</td>'
            f"<td>{button('Edit', ghost=True, small=True)}</td></tr>"
            for n in (" ".join(words.person(rng)) for _ in range(rng.randint(7, 10)))
        )
        if ctx.mobile:  # narrow screens: one card per member instead of a wide table
            rows = (
                rows.replace("<tr>", '<div style="padding:10px 0;border-bottom:1px solid var(--border)">')
                .replace("</tr>", "</div>")
                .replace("<td", "<div")
                .replace("</td>", "</div>")
            )
            listing = f'<div class="card" style="padding:4px 12px">{rows}</div>'
        else:
            listing = (
                f'<div class="card" style="padding:4px 10px;overflow:auto"><table><tr><th>Name</th><th>Email</th><th>Role</th>'
                f"<th>Note</th><th></th></tr>{rows}</table></div>"
            )
        content = (
            f'{ctx.slot("top")}<div class="row" style="justify-content:space-between"><h3>Team members</h3>{button("Invite user")}</div>'
            f"{listing}{ctx.slot('content')}"
        )
    if ctx.mobile:
        body = f'{header(ctx, [])}<div style="padding:12px">{content}{ctx.slot("side")}</div>'
    else:
        body = (
            f'<div style="display:grid;grid-template-columns:220px 1fr">{sidebar}<div>{top}<main id="main" style="padding:20px">'
            f"{content}{ctx.slot('side')}</main></div></div>"
        )
    return Built(title=f"{nav_items[0]} - {ctx.brand}", body=skip_link() + body, variant=variant)


# --------------------------------------------------------------------------------------------------- search


def search(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"web": True, "shopping": True})
    query = rng.choice(words.SEARCH_QUERIES)
    bar = (
        f'<div class="row" style="padding:16px 20px;border-bottom:1px solid var(--border);gap:20px;flex-wrap:wrap">{logo(ctx)}'
        f'<div class="row" style="flex:1;max-width:640px;border:1px solid var(--border);border-radius:24px;padding:8px 16px;'
        f'background:var(--surface)"><span style="flex:1">{e(query)}</span>{icon("search", 18)}</div></div>'
        f'<div class="row small muted" style="padding:8px 20px 0 {20 if ctx.mobile else 180}px;gap:20px">'
        + "".join(
            f'<span style="{"color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:6px" if i == 0 else ""}">{t}</span>'
            for i, t in enumerate(("All", "Images", "News", "Shopping", "Maps", "Videos"))
        )
        + "</div>"
    )
    results = ""
    for i in range(rng.randint(5, 8)):
        site = words.domain(rng)
        title = words.sub(
            rng,
            rng.choice(
                (
                    "{thing} guide: everything you need to know",
                    "The {n} best {thing}s of {year}",
                    "How to {verb} a {thing} - step by step",
                    "{thing} questions and answers",
                    "Why my {thing} keeps {problem}",
                )
            ),
        )
        snippet = ctx.ugc("snippet", f'<div class="small">{e(words.sub(rng, rng.choice(words.SEARCH_SNIPPETS)))}</div>')
        sponsored = '<b class="small">Sponsored · </b>' if i == 0 and rng.random() < 0.4 else ""
        extra = ""
        if variant == "shopping" and i < 4:
            extra = (
                f'<div class="row small" style="gap:8px"><img src="{images.product_image(rng, 72, 72)}" width="56" height="56" alt="" '
                f'style="border-radius:6px"><b>{e(words.price(rng))}</b> {stars(rng.uniform(3, 5))}</div>'
            )
        results += (
            f'<div style="margin:0 0 22px">{sponsored}<div class="small muted">{e(site)} › {e(rng.choice(words.CODE_IDENTS))}</div>'
            f'<a href="#" style="font-size:1.2em">{e(title)}</a>{snippet}{extra}</div>'
        )
        if i == 2:
            results += ctx.slot("content")
    panel = ""
    if not ctx.mobile and rng.random() < 0.6:
        panel = (
            f'<div class="card" style="padding:14px"><img src="{images.photo(rng, 320, 180)}" alt="" style="width:100%;'
            f'border-radius:var(--r)"><h3>{e(query.split()[-1].title())}</h3><p class="small">'
            f"{e(words.paragraph(rng, words.SEARCH_SNIPPETS, 1, 2))}</p></div>"
        )
    main = (
        f'<div class="small muted" style="margin-bottom:14px">About {rng.randint(2, 900)},{rng.randint(100, 999)} results</div>'
        f"{ctx.slot('top')}{results}"
    )
    if ctx.mobile:
        body = bar + f'<div style="padding:14px">{main}{ctx.slot("side")}</div>'
    else:
        body = bar + (
            f'<div style="display:grid;grid-template-columns:minmax(0,640px) 360px;gap:60px;padding:16px 20px 0 180px">'
            f'<main id="main">{main}</main><aside>{panel}{ctx.slot("side")}</aside></div>'
        )
    return Built(title=f"{query} - {ctx.brand} Search", body=skip_link() + body, variant=variant)


# ---------------------------------------------------------------------------------------------------- login


def login(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"card": False, "split": False, "sso": False})
    tagline = rng.choice(words.LOGIN_TAGLINES)
    sso = ""
    if variant == "sso" or rng.random() < 0.3:
        sso = "".join(
            f'<button class="btn ghost" style="width:100%;margin-bottom:8px">Continue with {p}</button>'
            for p in rng.sample(("Email link", "Work account", "Passkey", words.brand_name(rng) + " ID"), 2)
        )
        sso += '<div class="muted small" style="text-align:center;margin:6px 0">or</div>'
    form = (
        f'<div class="card" style="padding:28px;width:{"100%" if ctx.mobile else "380px"}">{logo(ctx)}'
        f"<h2>{e(rng.choice(('Sign in', 'Welcome back', 'Log in to your account', 'Sign in to continue')))}</h2>{ctx.slot('top')}{sso}"
        f'<label class="small">Email</label><input style="width:100%;margin:4px 0 12px" placeholder="name@example.com">'
        f'<label class="small">Password</label><input type="password" style="width:100%;margin:4px 0 8px" placeholder="Password">'
        f'<div class="row small" style="justify-content:space-between;margin-bottom:14px"><span><input type="checkbox"> Remember me'
        f'</span><a href="#">Forgot password?</a></div>{button("Sign in", style="width:100%")}'
        f'<p class="small muted" style="text-align:center">New here? <a href="#">Create an account</a></p>{ctx.slot("content")}</div>'
    )
    if variant == "split" and not ctx.mobile:
        body = (
            f'<div style="display:grid;grid-template-columns:1fr 1fr;min-height:100vh"><div style="background:url('
            f"{images.photo(rng, 720, 900)}) center/cover;color:#fff;padding:48px;display:flex;flex-direction:column;"
            f'justify-content:flex-end"><h1 style="font-size:2.4em;text-shadow:0 2px 8px rgba(0,0,0,.5)">{e(tagline)}</h1></div>'
            f'<main id="main" style="display:flex;align-items:center;justify-content:center">{form}</main></div>'
        )
    else:
        body = (
            f'<main id="main" style="min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;'
            f'padding:20px;background:{"var(--bg)" if rng.random() < 0.5 else "var(--surface2)"}">'
            f'<p class="muted">{e(tagline)}</p>{form}<p class="tiny muted" style="margin-top:18px">Terms · Privacy · Help</p></main>'
        )
    return Built(title=f"Sign in - {ctx.brand}", body=skip_link() + body + ctx.slot("side"), variant=variant)


# --------------------------------------------------------------------------------------------------- social


def _social_post(ctx: Ctx, kind: str = "social_post") -> str:
    rng = ctx.rng
    first, last = words.person(rng)
    handle = words.username(rng)
    text = words.sub(rng, rng.choice(words.SOCIAL_POSTS)) if rng.random() < 0.9 else _ai_topic(ctx)
    text = _mixed(ctx, text, "social", instruction=0.08, ai=0.05)
    if rng.random() < 0.3:
        text += " " + rng.choice(words.TRENDS)
    pic = ""
    if rng.random() < 0.35:
        pic = (
            f'<img src="{images.photo(rng, 560, 300)}" alt="" style="width:100%;border-radius:var(--r);margin-top:6px">'
        )
    return (
        f'<article style="padding:14px 16px;border-bottom:1px solid var(--border);display:flex;gap:12px">'
        f'{avatar_img(ctx, f"{first} {last}", 42)}<div style="flex:1;min-width:0"><b>{e(first)} {e(last)}</b> '
        f'<span class="muted">@{e(handle)} · {e(words.relative_time(rng))}</span>{ctx.ugc(kind, f"<div>{e(text)}</div>")}{pic}'
        f'<div class="row muted small" style="gap:32px;margin-top:8px">{icon("reply", 15)} {rng.randint(0, 90)} '
        f"{icon('share', 15)} {rng.randint(0, 200)} {icon('heart', 15)} {rng.randint(0, 3000)}</div></div></article>"
    )


def social(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"feed": True, "profile": True, "thread": True})
    me = " ".join(words.person(rng))
    left = "".join(
        f'<div class="row" style="padding:10px 8px;font-size:1.1em">{icon(i, 22)} {t}</div>'
        for i, t in (
            ("home", "Home"),
            ("search", "Explore"),
            ("bell", "Notifications"),
            ("mail", "Messages"),
            ("user", "Profile"),
            ("gear", "Settings"),
        )
    )
    left = f'<div style="padding:10px">{logo(ctx)}{left}{button("Post", style="width:100%;margin-top:10px")}</div>'
    trends = "".join(
        f'<div style="padding:8px 0"><div class="tiny muted">Trending</div><b>{e(t)}</b><div class="tiny muted">'
        f"{rng.randint(1, 90)}k posts</div></div>"
        for t in rng.sample(words.TRENDS, 5)
    )
    right = f'<div class="card" style="padding:12px 16px"><h3 style="margin:0">What\'s happening</h3>{trends}</div>{ctx.slot("side")}'
    if variant == "feed":
        compose = (
            f'<div class="row" style="padding:14px 16px;border-bottom:1px solid var(--border)">{avatar_img(ctx, me, 42)}'
            f'<span class="muted" style="flex:1;font-size:1.15em">What\'s on your mind?</span>{button("Post", small=True)}</div>'
        )
        posts = ""
        for i in range(rng.randint(4, 7)):
            posts += _social_post(ctx)
            if i == 1:
                posts += ctx.slot("content")
        main = f'{ctx.slot("top")}<div class="card" style="border-radius:0">{compose}{posts}</div>'
    elif variant == "profile":
        name = " ".join(words.person(rng))
        bio = ctx.ugc(
            "bio",
            f"<div>{e(words.sub(rng, rng.choice(('Gardener, cyclist and part-time baker in {city}.', 'Engineer at {brand}. Opinions my own.', 'Photos of {thing}s and the occasional cat.'))))}</div>",
        )
        posts = "".join(_social_post(ctx) for _ in range(rng.randint(3, 5)))
        main = (
            f'{ctx.slot("top")}<div class="card" style="border-radius:0;overflow:hidden"><img src="{images.photo(rng, 700, 200)}" alt="" '
            f'style="width:100%;height:170px;object-fit:cover"><div style="padding:0 16px 14px">'
            f'<div style="margin-top:-36px">{avatar_img(ctx, name, 80)}</div><h2 style="margin:.2em 0">{e(name)}</h2>'
            f'<div class="muted">@{e(words.username(rng))}</div>{bio}<div class="small muted">{rng.randint(10, 900)} following · '
            f"{rng.randint(10, 90)}k followers</div></div>{ctx.slot('content')}{posts}</div>"
        )
    else:
        original = _social_post(ctx, "social_post")
        replies = ""
        for i in range(rng.randint(3, 5)):
            replies += _social_post(ctx, "reply")
            if i == 0:
                replies += ctx.slot("content")
        main = f'{ctx.slot("top")}<div class="card" style="border-radius:0"><h3 style="padding:10px 16px;margin:0">Post</h3>{original}{replies}</div>'
    if ctx.mobile:
        body = header(ctx, []) + main + f'<div style="padding:12px">{right}</div>'
    else:
        body = (
            f'<div style="display:grid;grid-template-columns:240px minmax(0,600px) 320px;gap:24px;justify-content:center">'
            f'<aside>{left}</aside><main id="main">{main}</main><aside style="padding-top:12px">{right}</aside></div>'
        )
    return Built(title=f"{ctx.brand}", body=skip_link() + body, variant=variant)


# -------------------------------------------------------------------------------------------------- tracker


def tracker(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"issue": True, "list": True})
    repo = f"{words.username(rng)}/{ctx.brand.lower()}"
    head = header(
        ctx,
        ["Pull requests", "Issues", "Marketplace", "Explore"],
        search="Type / to search",
        right=f"{icon('bell')}{avatar_img(ctx, ' '.join(words.person(rng)), 26)}",
    )
    tabs = (
        f'<div class="row small" style="gap:22px;border-bottom:1px solid var(--border);padding:10px 0;margin-bottom:16px">'
        f'<b>{e(repo)}</b><span>Code</span><span style="border-bottom:2px solid var(--accent);padding-bottom:8px">Issues '
        f"{rng.randint(3, 400)}</span><span>Pull requests</span><span>Actions</span><span>Wiki</span></div>"
    )

    def label() -> str:
        hue = rng.randrange(360)
        return (
            f'<span style="background:hsl({hue},70%,{"30%" if ctx.theme.dark else "88%"});border-radius:999px;'
            f'padding:1px 8px;font-size:.78em;margin-right:4px">{e(rng.choice(words.ISSUE_LABELS))}</span>'
        )

    if variant == "issue":
        title = rng.choice(words.ISSUE_TITLES)
        comments = ""
        for i in range(rng.randint(2, 4)):
            who = words.username(rng)
            text = paragraphs(rng, words.ISSUE_SENTENCES, rng.randint(1, 2), 1, 3)
            if i == 0 and rng.random() < 0.5:
                text += (
                    f'<pre style="background:var(--surface2);padding:10px;border-radius:var(--r);font-size:.85em">'
                    f'Traceback (most recent call last):\n  File "{e(rng.choice(words.CODE_IDENTS))}.py", line {rng.randint(10, 400)}\n'
                    f"{e(rng.choice(('KeyError', 'TimeoutError', 'ValueError')))}: {e(rng.choice(words.CODE_IDENTS))}</pre>"
                )
            comments += (
                f'<div class="row" style="align-items:flex-start;gap:12px;margin-bottom:16px">{avatar_img(ctx, who, 36)}'
                f'<div class="card" style="flex:1;min-width:0;overflow:hidden"><div class="small" style="background:var(--surface2);'
                f'padding:8px 12px;border-bottom:1px solid var(--border)"><b>{e(who)}</b> commented {e(words.relative_time(rng))}</div>'
                f'<div style="padding:4px 14px">{ctx.ugc("issue", text)}</div></div></div>'
            )
            if i == 0:
                comments += ctx.slot("content")
        sidebar = "".join(
            f'<div style="padding:10px 0;border-bottom:1px solid var(--border)" class="small"><b class="muted">{t}</b>'
            f"<div>{v}</div></div>"
            for t, v in (
                ("Assignees", e(words.username(rng))),
                ("Labels", label() + label()),
                ("Milestone", f"v{rng.randint(1, 5)}.{rng.randint(0, 9)}"),
            )
        )
        main = (
            f'{tabs}{ctx.slot("top")}<h1 style="font-weight:400">{e(title)} <span class="muted">#{rng.randint(10, 9000)}</span></h1>'
            f'<div style="margin-bottom:16px"><span class="tag" style="background:#1f883d;color:#fff">Open</span></div>'
            f'<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "1fr 240px"};gap:24px"><div>{comments}</div>'
            f"<div>{sidebar}{ctx.slot('side')}</div></div>"
        )
    else:
        rows = ""
        for i in range(rng.randint(8, 12)):
            preview = (
                ctx.ugc(
                    "issue_preview",
                    f'<div class="small muted">{e(words.sub(rng, rng.choice(words.ISSUE_SENTENCES)))}</div>',
                )
                if i < 3
                else ""
            )
            rows += (
                f'<div style="padding:10px 14px;border-bottom:1px solid var(--border)"><span style="color:#1f883d">&#9673;</span> '
                f'<b>{e(rng.choice(words.ISSUE_TITLES))}</b> {label()}<div class="tiny muted">#{rng.randint(10, 9000)} opened '
                f"{e(words.relative_time(rng))} by {e(words.username(rng))}</div>{preview}</div>"
            )
        main = f'{tabs}{ctx.slot("top")}<div class="card">{rows}</div>{ctx.slot("content")}{ctx.slot("side")}'
    body = skip_link() + head + f'<div class="wrap">{main}</div>' + footer(ctx, 2)
    return Built(title=f"Issues · {repo}", body=body, variant=variant)


# --------------------------------------------------------------------------------------------------- travel


def travel(ctx: Ctx) -> Built:
    rng = ctx.rng
    variant = _pick(ctx, {"results": True, "hotel": True})
    city = rng.choice(words.CITIES)
    head = header(
        ctx, ["Stays", "Flights", "Car rental", "Attractions"], right=button("Sign in", small=True, ghost=True)
    )
    searchbar = (
        f'<div class="card row" style="padding:10px;margin:16px 0;gap:10px;flex-wrap:wrap">{icon("bed")}<b>{e(city)}</b>'
        f'<span class="muted">{e(words.timestamp(rng))} - {e(words.timestamp(rng))}</span><span class="muted">'
        f"{rng.randint(1, 4)} adults · 1 room</span>{button('Search', small=True)}</div>"
    )

    def hotel_name() -> str:
        return f"{rng.choice(words.HOTEL_WORDS)} {rng.choice(words.HOTEL_TYPES)} {city}"

    if variant == "results":
        cards = ""
        for i in range(rng.randint(4, 6)):
            name = hotel_name()
            review = ctx.ugc(
                "hotel_review", f'<div class="small">&ldquo;{e(rng.choice(words.TRAVEL_REVIEWS))}&rdquo;</div>'
            )
            cards += (
                f'<div class="card" style="display:{"block" if ctx.mobile else "flex"};gap:14px;padding:10px;margin-bottom:12px">'
                f'<img src="{images.photo(rng, 260, 180)}" alt="{e(name)}" style="width:{"100%" if ctx.mobile else "220px"};'
                f'border-radius:var(--r)"><div style="flex:1"><h3 style="margin:.1em 0"><a href="#">{e(name)}</a></h3>'
                f'<div class="small muted">{rng.uniform(0.2, 4):.1f} km from centre</div>{review}</div>'
                f'<div style="text-align:right;min-width:140px"><span class="tag" style="background:var(--accent);color:var(--accent-text)">'
                f'{rng.uniform(7, 9.8):.1f}</span><div class="tiny muted">{rng.randint(20, 3000)} reviews</div>'
                f'<div style="font-size:1.4em;font-weight:700;margin-top:20px">{e(words.price(rng, "€"))}</div>'
                f"{button('See availability', small=True)}</div></div>"
            )
            if i == 1:
                cards += ctx.slot("content")
        main = f"{searchbar}{ctx.slot('top')}<h2>{e(city)}: {rng.randint(40, 800)} properties found</h2>{cards}"
        filters = "".join(
            f'<div class="small"><input type="checkbox"> {t}</div>'
            for t in ("Free cancellation", "Breakfast included", "Pool", "Parking", "Pet friendly", "Fitness centre")
        )
        body = head + _cols(
            ctx,
            main,
            left=f'<div class="card" style="padding:12px"><b>Filter by</b>{filters}</div>{ctx.slot("side")}',
            left_w=220,
        )
    else:
        name = hotel_name()
        gallery = "".join(
            f'<img src="{images.photo(rng, 300, 200)}" alt="" style="width:100%;border-radius:var(--r)">'
            for _ in range(3)
        )
        reviews = "".join(
            f'<div class="card" style="padding:12px"><div class="row small">{avatar_img(ctx, n, 28)}<b>{e(n)}</b>'
            f'<span class="tag">{rng.uniform(6, 10):.1f}</span></div>{ctx.ugc("hotel_review", "<p>" + e(" ".join(rng.sample(words.TRAVEL_REVIEWS, 2))) + "</p>")}</div>'
            for n in (" ".join(words.person(rng)) for _ in range(rng.randint(2, 4)))
        )
        main = (
            f'{searchbar}{ctx.slot("top")}<h1>{e(name)}</h1><div class="small muted">{e(city)} · {stars(rng.choice((3, 4, 5)))}</div>'
            f'<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "2fr 1fr 1fr"};gap:8px;margin:12px 0">{gallery}</div>'
            f"{paragraphs(rng, words.TRAVEL_REVIEWS, 1, 2, 3)}{ctx.slot('content')}<h2>Guest reviews</h2>"
            f'<div style="display:grid;grid-template-columns:{"1fr" if ctx.mobile else "1fr 1fr"};gap:12px">{reviews}</div>'
        )
        side = (
            f'<div class="card" style="padding:16px"><div style="font-size:1.5em;font-weight:700">{e(words.price(rng, "€"))}</div>'
            f'<div class="small muted">per night, taxes included</div>{button("Reserve", style="width:100%;margin-top:12px")}</div>{ctx.slot("side")}'
        )
        body = head + _cols(ctx, main, side=side, side_w=280)
    return Built(title=f"Stays in {city}", body=skip_link() + body + footer(ctx), variant=variant)


SITE_BUILDERS: dict[str, Callable[[Ctx], Built]] = {
    "shop": shop,
    "forum": forum,
    "webmail": webmail,
    "news": news,
    "docs": docs,
    "dashboard": dashboard,
    "search": search,
    "login": login,
    "social": social,
    "tracker": tracker,
    "travel": travel,
}
SITES: tuple[str, ...] = tuple(SITE_BUILDERS)
#: Site kinds with user-written content the ``inline`` family can hide in.
UGC_SITES: tuple[str, ...] = tuple(s for s in SITES if s != "login")
