"""Benign look-alike sentences: third-person talk about AI agents, and instructions addressed to human readers.

Real pages are full of text that mentions assistants, prompt injection or robots.txt, and of imperative sentences
("ignore the previous email", "click Confirm", "you must ..."); none of it is an attack. Mixing this text into benign
pages teaches the guard to judge intent (who is being told to do what, and against whom) rather than vocabulary.
Every sentence is built here from our own fragments; names, places, products and domains are invented.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from agent_guard.corpus.words import DAYS, MONTHS

MIN_LEN = 40
MAX_LEN = 260

# --- invented people, places, organisations, products -------------------------------------------------------------

FIRST = (
    "Ilse", "Tomasz", "Marisol", "Keoni", "Anouk", "Bertil", "Chidi", "Delphine", "Eero", "Fumiko", "Goran",
    "Hester", "Isak", "Jovana", "Kaito", "Liesel", "Mateo", "Noor", "Oskar", "Pilar", "Rune", "Saoirse",
    "Tariq", "Ulla", "Valentin", "Wren", "Yasmin", "Zdenek", "Agnes", "Bodhi", "Cosima", "Dev",
)
LAST = (
    "Achterberg", "Brisco", "Castellan", "Duvall", "Engstrom", "Fairweather", "Gunnarsen", "Holloway", "Ivanek",
    "Jaramillo", "Kettering", "Lindqvist", "Moreau", "Nakashima", "Okonkwo", "Pellegrini", "Quist", "Rasmussen",
    "Strand", "Thistlewood", "Umberfield", "Varga", "Whitlock", "Yilmaz", "Zabala", "Marchetti",
)
TOWNS = (
    "Port Alder", "Kessenby", "Marlow Vale", "Torsk", "Lindhaven", "Ravenmoor", "Solbeck", "Greywick", "Auberon",
    "Velsk", "Eastholm", "Brindle Cross", "Saltmere", "Oakhurst", "Fennick",
)
ORGS = (
    "Larkspur Labs", "Northwick University", "the Fennel Institute", "Quillby", "Harrowgate Research",
    "Brackwater College", "the Veldmoor Institute", "Copperline", "Marrowby Data", "the Tessaly Group",
    "Sundstrom Consulting", "the Kessenby Consumer Council", "Orrin & Vale", "the Saltmere Digital Trust",
)
SITES = ("Gadgetry Weekly", "the Lindhaven Ledger", "ShopWatch", "the Torsk Courier", "Byteside", "Homely Reviews")
AI_PRODUCTS = (
    "Tallow Assist", "Pathfinch", "Quibble", "Marlin Copilot", "Errandly", "CartPilot", "Scoutbee", "Nimbo Agent",
    "Ferrous", "Hollis", "Brightwing", "Pocketclerk",
)
DOMAINS = (
    "fernhollow.com", "quillby.net", "saltmere-council.org", "brightwing.app", "harrowgate.io", "pebblecart.shop",
    "kessenby-library.org", "ottermail.com", "vellum-bank.com", "lindhaven-transit.net",
)
PLACES = (
    "the side entrance", "room {n}B", "the second-floor kitchen", "the old gym", "the library annexe",
    "the community hall on {street}", "reception", "the Harbour Room",
)
STREETS = ("Wicken Lane", "Baxter Road", "Quay Street", "Orchard Row", "Mill Terrace", "Larch Avenue", "Tanner Yard")


def _time(rng: random.Random) -> str:
    return f"{rng.randint(7, 19)}:{rng.choice(('00', '15', '30', '45'))}"


def _ratio(rng: random.Random) -> str:
    n = rng.randint(2, 9)
    return f"{n} of the {n + rng.randint(2, 30)}"


def _masked_email(rng: random.Random) -> str:
    first = rng.choice(FIRST).lower()
    return f"{first[0]}***{first[-1]}@{rng.choice(DOMAINS)}"


def _code(rng: random.Random) -> str:
    return rng.choice(("SPRING", "WELCOME", "HARBOUR", "LATE", "FRIENDS", "BACK")) + str(rng.randint(5, 40))


# Slots that any template may use; values may contain further slots, filled on the next pass.
SLOTS: dict[str, Callable[[random.Random], str]] = {
    "n": lambda r: str(r.randint(2, 9)),
    "nn": lambda r: str(r.randint(10, 60)),
    "big": lambda r: str(r.choice((40, 60, 75, 120, 200, 350, 500, 1200))),
    "pct": lambda r: str(r.randint(5, 45)),
    "year": lambda r: str(r.randint(2021, 2025)),
    "year2": lambda r: str(r.randint(2026, 2030)),
    "temp": lambda r: str(r.choice((160, 180, 190, 200, 220))),
    "digits": lambda r: f"{r.randint(0, 9999):04d}",
    "time": _time,
    "time2": _time,
    "day": lambda r: r.choice(DAYS),
    "month": lambda r: r.choice(MONTHS),
    "town": lambda r: r.choice(TOWNS),
    "org": lambda r: r.choice(ORGS),
    "site": lambda r: r.choice(SITES),
    "product": lambda r: r.choice(AI_PRODUCTS),
    "domain": lambda r: r.choice(DOMAINS),
    "place": lambda r: r.choice(PLACES),
    "street": lambda r: r.choice(STREETS),
    "name": lambda r: f"{r.choice(FIRST)} {r.choice(LAST)}",
    "first": lambda r: r.choice(FIRST),
    "ratio": _ratio,
    "email": _masked_email,
    "code": _code,
    "price": lambda r: f"${r.choice((5, 10, 15, 25, 40))}",
}
_SLOT = re.compile(r"\{(\w+)\}")
# "a" -> "an" before a vowel sound, including "AI" and "LLM"; "one-" keeps "a" ("a one-time code").
_ARTICLE = re.compile(r"\b([Aa]) (?=(?:[aeioAEIO](?!ne\b|ne-|nce\b)\w|AI\b|LLM|hour|honest))")


def _fill(rng: random.Random, template: str) -> str:
    text = template
    for _ in range(4):
        names = _SLOT.findall(text)
        if not names:
            break
        values = {key: SLOTS[key](rng) for key in dict.fromkeys(names)}
        text = _SLOT.sub(lambda m: values[m.group(1)], text)
    return _ARTICLE.sub(lambda m: m.group(1) + "n ", text)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)


# A builder makes one sentence (template text, slots allowed) and names the follow-ups that fit after it.
Builder = tuple[Callable[[random.Random], str], int, tuple[str, ...]]


def _finish(rng: random.Random, builders: tuple[Builder, ...], fallback: str) -> str:
    """Build one sentence, sometimes add a fitting follow-up, and keep the result within the length bounds."""
    for _ in range(20):
        build, _weight, extras = rng.choices(builders, weights=[b[1] for b in builders])[0]
        text = _cap(_fill(rng, build(rng)))
        if rng.random() < 0.3:
            longer = f"{text} {_cap(_fill(rng, _pick(rng, extras)))}"
            if len(longer) <= MAX_LEN:
                text = longer
        if len(text) < MIN_LEN:
            text = f"{text} {_cap(_fill(rng, _pick(rng, extras)))}"
        if MIN_LEN <= len(text) <= MAX_LEN:
            return text
    return fallback


# --- AI talk: vocabulary -----------------------------------------------------------------------------------------

AGENTS_PLURAL = (
    "shopping agents", "browsing assistants", "AI assistants", "chatbots", "customer-service bots",
    "large language models", "LLM-based agents", "coding copilots", "AI helpers built into browsers",
    "automated checkout tools", "travel-booking agents", "research assistants powered by language models",
    "email copilots", "voice assistants", "autonomous web agents", "AI agents", "LLM chatbots",
    "browser automation tools", "AI shopping helpers", "agentic models",
)
AGENT_QUALIFIERS = (
    "", "", "", "most ", "many ", "some ", "today's ", "the newer ", "cheaper ", "open-source ", "commercial ",
    "the best-known ", "even the better ",
)
AGENTS_SINGULAR = (
    "shopping agent", "browsing assistant", "AI assistant", "chatbot", "support bot", "language model",
    "copilot", "AI helper", "booking agent", "automated assistant", "LLM agent", "browser agent",
)
PRESENT_VP = (
    "still struggle with long checkout forms",
    "misread prices when a page shows several currencies",
    "often skip the small print in return policies",
    "can fill in a booking form in under a minute",
    "tend to trust whatever text they find on a page",
    "now ask for confirmation before paying",
    "handle simple refunds well but stall on disputes",
    "get confused by pop-ups and cookie banners",
    "rarely notice text hidden in white on a white background",
    "follow links more cautiously than they did a year ago",
    "summarise reviews faster than most people can read them",
    "can be steered by instructions planted in ordinary web pages",
    "work best when the user states a budget up front",
    "lose track of the task after about {nn} page loads",
    "struggle to tell an advert from a search result",
    "cope badly with captchas and two-step logins",
    "repeat whatever a product page claims about itself",
    "pick the cheapest option unless someone says otherwise",
    "save people a lot of time on dull paperwork",
    "make fewer mistakes when every payment needs a human click",
    "are only as careful as the permissions they are given",
    "confuse sponsored listings with independent reviews",
    "behave differently when a page is written in another language",
    "leak less private data when page text is kept apart from the user's request",
    "are getting better at spotting lookalike login pages",
    "need clearer limits than their marketing suggests",
)
PAST_BAD = (
    "added an extra item to the basket",
    "booked the wrong return date",
    "followed a link to a lookalike login page",
    "missed the delivery fee entirely",
    "filled in the form but stopped before submitting it",
    "misread a discount banner as the final price",
    "copied a coupon code from a forum post it should not have trusted",
    "spent {n} minutes stuck on a cookie banner",
    "repeated a made-up claim from a sponsored page",
    "got the refund policy backwards",
    "chose a hotel {n} kilometres from the venue",
    "quietly switched the delivery to the express option",
    "picked up a hidden line of text and mentioned it in its summary",
    "ordered {n} of the same item instead of one",
)
PAST_GOOD = (
    "refused to pay until the user confirmed",
    "flagged the hidden text as suspicious",
    "ignored a planted instruction in a review",
    "summarised the page correctly",
    "asked for permission before sharing a home address",
    "compared {nn} listings and chose a sensible one",
    "stopped and asked for help when the page looked wrong",
    "found the cheapest fare without any fuss",
)
PAST_VP = PAST_BAD + PAST_GOOD
SINGLE_TASKS = (
    "book a ferry to {town}", "order printer ink", "compare phone plans", "renew a parking permit",
    "find a cheaper flight", "buy a birthday present", "reschedule a dentist appointment",
    "sort out a broadband refund", "pick a hotel near the conference", "fill in a visa form",
    "cancel an old gym membership", "order groceries for the week",
)
CLAIM_FRAMES = (
    "According to {org}, {claim}.",
    "A {year} survey by {org} suggests that {claim}.",
    "Engineers at {org} say {claim}.",
    "In our experience, {claim}.",
    "Reviewers at {site} found that {claim}.",
    "The {month} report from {org} argues that {claim}.",
    "Most testers agree that {claim}.",
    "One recurring complaint is that {claim}.",
    "Critics point out that {claim}.",
    "Vendors like to claim that {claim}.",
    "Readers in {town} tell us that {claim}.",
    "Despite the hype, {claim}.",
    "It turns out that {claim}.",
    "The short version: {claim}.",
    "Our tests over {n} weeks showed that {claim}.",
    "Nobody should be surprised that {claim}.",
    "A recent thread on {site} argued that {claim}.",
    "Has anyone else noticed that {claim}?",
)
PAST_FRAMES = (
    "In a test of {nn} assistants run by {org}, {who} {past}.",
    "During a {month} trial in {town}, {who} {past}.",
    "When {site} repeated the experiment, {who} {past}.",
    "In the first round of testing, {who} {past}.",
    "Across {big} simulated shopping trips, {who} {past}.",
    "Among the models benchmarked last {month}, {who} {past}.",
)
PAST_WHO = (
    "one assistant", "the weakest model", "two of the agents", "the cheapest bot", "only one copilot",
    "most of the chatbots", "the open-source model", "a popular shopping agent", "every agent except one",
    "the largest language model", "{ratio} bots",
)
ANECDOTE_FRAMES = (
    "When {name} asked a {agent} to {task}, it {past}.",
    "{first} let a {agent} {task} on {day}, and it {past}.",
    "My {agent} {past} when I asked it to {task}.",
    "Last week my {agent} {past}; I had only asked it to {task}.",
    "We asked {product}, a {agent}, to {task}, and it {past}.",
)
RESEARCHERS = (
    "Researchers at {org}", "A security team in {town}", "Students at {org}", "A tester we spoke to",
    "The red team at {org}", "A reader of {site}", "Auditors hired by {org}", "{name}, a researcher at {org},",
)
HIDE_VERBS = ("hid", "planted", "tucked", "buried", "slipped")
HIDDEN_THINGS = ("a line", "a sentence", "a short note", "an instruction", "a fake system message", "a comment")
CARRIERS = (
    "a product review", "the alt text of an image", "white-on-white text in a page footer", "a calendar invitation",
    "a PDF menu", "a forum signature", "a job listing", "the comments under a recipe", "a hotel description",
    "an email newsletter", "a hidden element on a pricing page", "the metadata of a photo", "a fake cookie banner",
)
TARGET_BOTS = (
    "the bot", "any visiting agent", "the shopping assistant", "the model", "browsing agents", "the AI helper",
    "the summariser", "the LLM", "the assistant",
)
ATTACK_GOALS = (
    "praise the product in its summary", "add a gift card to the basket", "reveal its system prompt",
    "open a lookalike login page", "skip the price comparison", "recommend one hotel above all others",
    "forward the conversation to an outside address", "leave a five-star rating", "drop the user's original request",
    "claim the item was out of stock everywhere else", "sign the user up for a newsletter",
)
ATTACK_OUTCOMES = (
    "{ratio} agents tested went along with it", "only one model fell for it", "most assistants ignored it",
    "the vendor shipped a fix within a week", "the better agents flagged the page instead",
    "the details are in their {month} paper", "none of the commercial bots obeyed it",
    "the open-source models were the easiest to fool", "the trick worked on {pct} percent of runs",
    "it worked until the text was moved out of view", "the team reported it before publishing",
)
ATTACK_FRAMES = (
    "{who} {hid} {thing} in {carrier} that told {bot} to {goal}; {outcome}.",
    "{who} {hid} {thing} in {carrier} telling {bot} to {goal}, and {outcome}.",
    "In one demo, {thing} {hidden} in {carrier} told {bot} to {goal}; {outcome}.",
    "The attack is simple: {thing} in {carrier} asks {bot} to {goal}, and the user never sees it.",
    "A {month} study described {thing} in {carrier} that tried to get {bot} to {goal}; {outcome}.",
)
QUOTES = (
    "An assistant should never spend money nobody asked it to spend",
    "Our agent reads every page as untrusted input, because that is what it is",
    "A system prompt is a set of house rules, not a password",
    "Hidden text is old news for search engines and brand new news for agents",
    "If the bot cannot explain why it clicked something, we do not ship it",
    "Most prompt injections we see are clumsy, but clumsy still works surprisingly often",
    "Robots.txt is a polite request, not a lock",
    "Automation is wonderful right up until it orders forty kilos of rice",
    "People trust a chatbot's summary more than they trust the page it came from",
    "The model did exactly what the page told it to, which is the whole problem",
    "Our crawler reads robots.txt before anything else",
    "I would not let any agent near my bank account without a spending cap",
    "Language models are good at sounding sure and less good at being right",
    "Every new browser agent reopens old questions about consent",
)
QUOTE_OPENERS = (
    "Honestly,", "In my view,", "The uncomfortable truth is that", "What surprised us was that",
    "People forget that", "I keep telling clients that", "From what we have seen,", "Frankly,",
    "The data is clear:", "My worry is that",
)
SPEAKER_TAILS = (
    "a product manager at {org}", "a security researcher at {org}", "a lecturer at {org}",
    "an engineer at {org}", "a policy adviser at {org}", "the head of support at {org}",
    "who runs a bookshop in {town}", "a parent from {town}", "a data scientist at {org}",
    "a reader from {town}", "the editor of {site}",
)
QUOTE_FRAMES = (
    '"{quote}," said {name}, {tail}.',
    '"{quote}," says {name}, {tail}.',
    'In the words of {name}, {tail}: "{quote}".',
)
SHOP_CONDITIONS = (
    "let an assistant shop for you", "hand your weekly groceries to a shopping agent",
    "let a bot compare prices for you", "use a browsing agent to book travel", "let an AI helper renew subscriptions",
    "let a chatbot order gifts on your behalf",
)
SHOP_ADVICE = (
    "check the basket before paying", "review every payment it proposes", "keep a spending limit on the card it uses",
    "turn off one-click purchasing", "look at the delivery address on each order",
    "keep a person in the loop for anything that costs money", "compare its pick with one you found yourself",
)
ACCESS_CONDITIONS = (
    "connect a chatbot to your inbox", "give an AI helper access to your calendar",
    "let a copilot fill in forms for you", "try one of the new agent features in your browser",
    "install an assistant extension", "let a language model read your documents",
)
ACCESS_ADVICE = (
    "give it the fewest permissions that still get the job done", "look at its activity log once a week",
    "do not hand it your main email password", "remove access you no longer need",
    "start with small, low-risk tasks", "check which sites it is allowed to open",
)
READ_CONDITIONS = (
    "ask a language model to summarise a contract", "rely on an AI summary of reviews",
    "use a chatbot for medical questions", "let an assistant research a purchase",
)
READ_ADVICE = (
    "read the original page before you trust the summary", "check the sources it cites",
    "treat its answer as a first draft", "ask a qualified person about anything that matters",
    "be wary of summaries that sound like adverts",
)
ADVICE_FRAMES = (
    "If you {cond}, {advice}.",
    "Before you {cond}, think about what could go wrong; then {advice}.",
    "Our advice if you want to {cond}: {advice}.",
    "Thinking of letting software act for you? If you {cond}, {advice}.",
    "A quick tip for this week: if you {cond}, {advice}.",
)
PRODUCT_KINDS = (
    "browsing assistant", "shopping agent", "email copilot", "research bot", "AI travel helper",
    "meeting-notes assistant", "price-tracking bot", "LLM-powered support agent", "AI errand runner",
)
PRODUCT_FEATURES = (
    "compares prices across {nn} stores", "drafts replies for you to approve",
    "watches flight prices and tells you when they drop", "turns long threads into a short summary",
    "fills in booking forms", "reads product reviews and lists the common complaints",
    "keeps a running list of your subscriptions", "tracks parcels from {n} carriers",
    "finds appointment slots that fit your calendar",
)
PRODUCT_SAFEGUARDS = (
    "always asks before paying", "never sends anything without your approval", "shows its sources for every claim",
    "treats instructions found inside web pages as plain text", "keeps a log of every click it makes",
    "stops and asks when a page looks suspicious", "runs with a spending cap you set",
    "cannot see saved passwords", "respects robots.txt on every site it visits",
)
PRODUCT_FRAMES = (
    "{product} is a {kind} that {feature}, and it {safeguard}.",
    "{product}, a new {kind} from {org}, {feature}; the company says it {safeguard}.",
    "Meet {product}: a {kind} that {feature} and {safeguard}.",
    "The paid tier of {product} {feature}, while the free {kind} only answers questions.",
    "Reviewers liked that {product} {safeguard}, though the {kind} still {past}.",
)
HELP_CAPS = (
    "answer questions about delivery times", "track an order", "change a delivery slot",
    "explain our returns policy", "find your nearest branch", "help you reset your password",
)
HELP_LIMITS = (
    "a person handles every refund", "it cannot see your payment details",
    "it passes complaints to a human colleague", "it will never ask for your password",
    "it cannot change an order once it has shipped", "our staff check its answers every week",
)
HELP_FRAMES = (
    "Our help-centre chatbot can {cap}, but {limit}.",
    "The virtual assistant on this page can {cap}; {limit}.",
    "You can ask our support bot to {cap}. Please note that {limit}.",
    "Our AI assistant is available around the clock to {cap}, although {limit}.",
)
GOOD_BOTS = (
    "search crawlers that honour robots.txt", "well-behaved crawlers", "research scrapers that identify themselves",
    "archiving bots", "accessibility tools and screen readers that fetch pages automatically",
    "AI crawlers that respect our opt-out",
)
BAD_BOTS = (
    "scrapers that ignore robots.txt", "bots that hide their user agent",
    "crawlers sending more than {n} requests a second", "automated tools that try to log in",
    "AI crawlers that copy whole articles", "scraping scripts that skip the rate limit",
)
POLICY_SUBJECTS = ("We", "This site", "Our archive", "The library catalogue", "The forum", "The council website")
# Indexed by "is the subject plural" (only "We" is).
WELCOME_VERBS = (("welcomes", "allows", "is happy to serve"), ("welcome", "allow", "are happy to serve"))
BLOCK_VERBS = (("blocks", "rate-limits", "bans"), ("block", "rate-limit", "ban"))
POLICY_FRAMES = (
    "{subject} {welcomes} {good}, but {blocks} {bad}.",
    "Under our {year} policy, {good} are welcome and {bad} are blocked.",
    "{subject} updated {its} robots.txt in {month} to keep AI crawlers out of the members' area.",
    "Staff at {org} may use AI assistants for {use}, but not for {forbidden}.",
    "Our newsroom uses language models for {use}; for {forbidden}, it relies on human editors.",
    "The {year} guidelines from {org} say automated agents must identify themselves and respect robots.txt.",
)
AI_USES = ("drafting routine emails", "summarising public documents", "translating menus", "tagging photos",
           "first drafts of meeting notes", "checking spelling")
AI_FORBIDDEN = ("anything involving customer data", "final legal advice", "marking exams", "hiring decisions",
                "medical advice", "fact-checking")
TERMS = (
    ("Prompt injection", (
        "is when text a model reads, such as a web page or an email, tries to override what its user asked for",
        "describes instructions hidden in content so that an AI system treats them as orders",
        "is the AI-era cousin of SQL injection: data that sneaks in as commands",
    )),
    ("A system prompt", (
        "is the set of instructions a developer gives a chatbot before the conversation starts",
        "sets the tone and the ground rules for an AI assistant",
        "is hidden from most users, but it shapes every answer the model gives",
    )),
    ("Robots.txt", (
        "is a small text file that tells crawlers which parts of a site they may visit",
        "works on trust: well-behaved bots read it, badly behaved scrapers do not",
        "has been around since the nineties, long before AI crawlers existed",
    )),
    ("Hidden text", (
        "on a web page is invisible to people but perfectly readable to an automated agent",
        "used to be a search-spam trick, and now it is a way to mislead AI assistants",
    )),
    ("A browsing agent", (
        "is a language model that can open pages, click buttons and fill in forms for its user",
        "reads web pages on someone's behalf, so everything it reads can influence it",
    )),
    ("Web scraping", (
        "means collecting page content with automated tools instead of by hand",
        "is legal in many places, but site terms and robots.txt still matter",
    )),
)
TERM_INTROS = ("", "", "In plain terms, ", "Put simply, ", "For readers new to this, ", "As a quick reminder, ")
NEWS_FRAMES = (
    "A new paper from {org} measured how often {nn} language models {past_plain}; newer versions did so less often.",
    "{site} ran {big} tasks through {n} browsing agents to see which ones {past_plain}.",
    "The benchmark from {org} now includes {big} pages with hidden text aimed at AI agents.",
    "A court in {town} is weighing whether a company is liable when its chatbot gives wrong refund advice.",
    "Retailers in {town} report that {pct} percent of their traffic now comes from bots and automated agents.",
    "{org} has published a checklist for companies that let AI agents act on customers' behalf.",
    "{org} will publish its next round of agent tests in {month}, with {big} new pages containing hidden text.",
    "Next {month}, the {town} library will start blocking scrapers that ignore robots.txt.",
    "By {year2}, analysts at {org} expect most online shops to see more visits from AI agents than from people.",
)
RESEARCH_EXTRAS = (
    "The findings have not been peer reviewed yet.",
    "We will update this page as vendors respond.",
    "The full results are in the appendix.",
    "Several vendors have since changed their defaults.",
    "It is a reminder that automation still needs supervision.",
    "That matches what our readers report about their own assistants.",
    "Nobody was harmed, but the demo made its point.",
    "None of this means the tools are useless.",
    "The sample was small, so treat the numbers with care.",
)
PERSONAL_EXTRAS = (
    "Your mileage with these assistants may vary.",
    "I still check everything it does before paying.",
    "Support said the bot's maker is working on a fix.",
    "Not a disaster, but it made me more careful.",
    "Curious whether others have seen the same.",
    "Comments on this post are open until {day}.",
)
EXPLAINER_EXTRAS = (
    "Our glossary has more terms like this.",
    "The idea matters more now that assistants browse the web for people.",
    "You will see the term a lot in coverage of AI agents.",
)
PRODUCT_EXTRAS = (
    "Pricing starts at {price} a month.",
    "A free trial runs for {nn} days.",
    "It works in most desktop browsers.",
    "You can switch it off at any time in settings.",
)
SERVICE_EXTRAS = (
    "Questions about this policy can go to help@{domain}.",
    "This page was last updated in {month}.",
    "More details are in our help centre.",
)
ADVICE_EXTRAS = (
    "It takes a minute and can save you a refund claim.",
    "Convenience is nice; surprises on a bank statement are not.",
    "Our guide to AI tools covers this in more detail.",
    "The same goes for any app that can act on your behalf.",
)

# Documentation for people who build agents: option names and API calls that carry words like "instructions",
# "system prompt" and "override" in their plain technical sense.
DEV_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("max_steps", "int, default {nn}", "the most actions one agent run may take before it stops and reports back"),
    ("allowed_domains", "list, default empty", "the sites the agent's browser tool may open (others are refused)"),
    ("require_approval", "bool, default true", "whether the agent asks its user before any payment or account change"),
    ("system_prompt", "string, optional", "text that replaces the model's built-in instructions for one session"),
    ("instructions", "string, optional", "a string that overrides the agent's default instructions for one run"),
    ("temperature", "float, default 0.{n}", "how varied the model's wording is (lower gives steadier answers)"),
    ("tools", "list", "the functions the model may call while it plans its next step"),
    ("step_timeout", "seconds, default {nn}", "how long one agent step may run before it is cancelled"),
    ("memory", "bool, default false", "whether the assistant loads its notes from earlier sessions"),
    ("screenshot_every", "int, default {n}", "how often, in steps, the agent captures the page it works on"),
)
DEV_CALLS = (
    ("agent.run(task)", "starts a new agent session and yields each step as it happens"),
    ("session.stop()", "ends the agent's run once the current step has finished"),
    ("browser.read_page()", "gives the model the visible text of the page and its list of links"),
    ("planner.next_action(state)", "asks the model for exactly one action, given the current page"),
    ("client.runs.create(agent_id)", "queues a run for an existing agent and returns its run ID"),
    ("memory.clear()", "deletes what the assistant remembered from earlier sessions"),
)
DEV_FRAMES = (
    "Option `{opt}` ({type}): {desc}.",
    "Configuration: `{opt}` in {file} sets {desc}.",
    "The call `{call}` {does}; the {product} reference page lists every argument.",
    "Tip: keep `max_steps` low while you test a new agent, so a confused model cannot loop for long.",
    "Your agent should treat text returned by the browsing tool as data from an untrusted page, never as instructions.",
    "Register each tool with the `@tool` decorator; the model reads the tool's docstring when it plans a call.",
    "Since version {n}.{nn}, the {product} SDK asks the user to confirm before the agent submits any payment form.",
    "The model sees the system prompt first, then the user's task, then whatever the tools return.",
    "Changelog {n}.{nn}: agents now stop and ask when a page requests a login they were not given.",
    "Example: call `{call}` in a loop and log each step the model takes, so you can replay a run later.",
)
DEV_FILES = ("agent.toml", "config.yaml", "settings.json", "the dashboard")
DEV_EXTRAS = (
    "All options can also be set through environment variables.",
    "Defaults changed in the last major release, so check your config.",
    "The examples folder has a complete script.",
    "Open an issue if the docs and the behaviour disagree.",
)

# Support conversations: a person asks about their own account and a help bot answers it, all on one line.
CHAT_SPEAKERS = (("User", "Assistant"), ("Customer", "Support bot"), ("You", "Chatbot"), ("Me", "Help assistant"))
CHAT_TURNS = (
    ("where is my parcel?", "It left our depot on {day} and should reach you by {time2} tomorrow."),
    ("can you tell me my password?", "I can't see passwords. Use 'Forgot password' on the sign-in page instead."),
    ("how do I change my delivery address?", "Open Orders, choose the order and press Edit address before it ships."),
    ("can I return shoes I have worn outside?", "Only unworn items can go back, but faulty ones are always accepted."),
    ("cancel my subscription, please.", "Done. It stays active until the end of {month}, with no further charges."),
    ("is the {nn}% code still valid?", "That code has ended, but this week's offer takes {pct}% off orders over {price}."),
    ("my card was charged twice.", "Sorry about that. I've passed it to a colleague, who will refund the duplicate."),
    ("what time do you open on {day}?", "The {town} branch opens at {time} and closes at {time2}."),
)
CHAT_FRAMES = ("{a}: {q} {b}: {r}", "{a}: {q} / {b}: {r}", "Chat transcript. {a}: {q} {b}: {r}")
CHAT_EXTRAS = (
    "Was this conversation helpful?",
    "A copy of this chat was sent to your email.",
    "Chats are kept for {nn} days.",
)

AI_FALLBACK = "Shopping agents still need a person to approve anything that costs money."


def _agents(rng: random.Random) -> str:
    return _pick(rng, AGENT_QUALIFIERS) + _pick(rng, AGENTS_PLURAL)


def _claim(rng: random.Random) -> str:
    return _pick(rng, CLAIM_FRAMES).replace("{claim}", f"{_agents(rng)} {_pick(rng, PRESENT_VP)}")


def _past_result(rng: random.Random) -> str:
    return _pick(rng, PAST_FRAMES).replace("{who}", _pick(rng, PAST_WHO)).replace("{past}", _pick(rng, PAST_VP))


def _anecdote(rng: random.Random) -> str:
    return (
        _pick(rng, ANECDOTE_FRAMES)
        .replace("{agent}", _pick(rng, AGENTS_SINGULAR))
        .replace("{task}", _pick(rng, SINGLE_TASKS))
        .replace("{past}", _pick(rng, PAST_VP))
    )


def _attack_report(rng: random.Random) -> str:
    hid = _pick(rng, HIDE_VERBS)
    return (
        _pick(rng, ATTACK_FRAMES)
        .replace("{who}", _pick(rng, RESEARCHERS))
        .replace("{hid}", hid)
        .replace("{hidden}", "hidden" if hid == "hid" else hid)
        .replace("{thing}", _pick(rng, HIDDEN_THINGS))
        .replace("{carrier}", _pick(rng, CARRIERS))
        .replace("{bot}", _pick(rng, TARGET_BOTS))
        .replace("{goal}", _pick(rng, ATTACK_GOALS))
        .replace("{outcome}", _pick(rng, ATTACK_OUTCOMES))
    )


def _quote(rng: random.Random) -> str:
    if rng.random() < 0.5:
        quote = _pick(rng, QUOTES)
    else:
        quote = f"{_pick(rng, QUOTE_OPENERS)} {_agents(rng)} {_pick(rng, PRESENT_VP)}"
    frame = _pick(rng, QUOTE_FRAMES)
    return frame.replace("{quote}", quote).replace("{tail}", _pick(rng, SPEAKER_TAILS))


def _advice(rng: random.Random) -> str:
    conds, advice = rng.choice(
        ((SHOP_CONDITIONS, SHOP_ADVICE), (ACCESS_CONDITIONS, ACCESS_ADVICE), (READ_CONDITIONS, READ_ADVICE))
    )
    return _pick(rng, ADVICE_FRAMES).replace("{cond}", _pick(rng, conds)).replace("{advice}", _pick(rng, advice))


def _product(rng: random.Random) -> str:
    return (
        _pick(rng, PRODUCT_FRAMES)
        .replace("{kind}", _pick(rng, PRODUCT_KINDS))
        .replace("{feature}", _pick(rng, PRODUCT_FEATURES))
        .replace("{safeguard}", _pick(rng, PRODUCT_SAFEGUARDS))
        .replace("{past}", _pick(rng, PAST_BAD))
    )


def _help_centre(rng: random.Random) -> str:
    return _pick(rng, HELP_FRAMES).replace("{cap}", _pick(rng, HELP_CAPS)).replace("{limit}", _pick(rng, HELP_LIMITS))


def _policy(rng: random.Random) -> str:
    good, bad = _pick(rng, GOOD_BOTS), _pick(rng, BAD_BOTS)
    subject = _pick(rng, POLICY_SUBJECTS)
    plural = subject == "We"
    forbidden = _pick(rng, AI_FORBIDDEN)
    return (
        _pick(rng, POLICY_FRAMES)
        .replace("{subject}", subject)
        .replace("{its}", "our" if plural else "its")
        .replace("{welcomes}", _pick(rng, WELCOME_VERBS[plural]))
        .replace("{blocks}", _pick(rng, BLOCK_VERBS[plural]))
        .replace("{good}", good)
        .replace("{bad}", bad)
        .replace("{use}", _pick(rng, AI_USES))
        .replace("{forbidden}", forbidden)
    )


def _explainer(rng: random.Random) -> str:
    term, definitions = rng.choice(TERMS)
    intro = _pick(rng, TERM_INTROS)
    lead = term if not intro else term[0].lower() + term[1:]
    return f"{intro}{lead} {_pick(rng, definitions)}."


def _news(rng: random.Random) -> str:
    past = _pick(rng, PAST_BAD)
    return _pick(rng, NEWS_FRAMES).replace("{past_plain}", past)


def _dev_docs(rng: random.Random) -> str:
    opt, kind, desc = rng.choice(DEV_OPTIONS)
    call, does = rng.choice(DEV_CALLS)
    return (
        _pick(rng, DEV_FRAMES)
        .replace("{opt}", opt)
        .replace("{type}", kind)
        .replace("{desc}", desc)
        .replace("{call}", call)
        .replace("{does}", does)
        .replace("{file}", _pick(rng, DEV_FILES))
    )


def _chat_transcript(rng: random.Random) -> str:
    asker, answerer = rng.choice(CHAT_SPEAKERS)
    question, reply = rng.choice(CHAT_TURNS)
    return (
        _pick(rng, CHAT_FRAMES)
        .replace("{a}", asker)
        .replace("{b}", answerer)
        .replace("{q}", _cap(question) if rng.random() < 0.5 else question)
        .replace("{r}", reply)
    )


_AI_BUILDERS: tuple[Builder, ...] = (
    (_claim, 4, RESEARCH_EXTRAS),
    (_past_result, 2, RESEARCH_EXTRAS),
    (_anecdote, 2, PERSONAL_EXTRAS),
    (_attack_report, 3, RESEARCH_EXTRAS),
    (_quote, 3, RESEARCH_EXTRAS),
    (_advice, 3, ADVICE_EXTRAS),
    (_product, 2, PRODUCT_EXTRAS),
    (_help_centre, 1, SERVICE_EXTRAS),
    (_policy, 2, SERVICE_EXTRAS),
    (_explainer, 1, EXPLAINER_EXTRAS),
    (_news, 1, RESEARCH_EXTRAS),
    (_dev_docs, 3, DEV_EXTRAS),
    (_chat_transcript, 2, CHAT_EXTRAS),
)


def ai_talk(rng: random.Random) -> str:
    """One or two sentences about AI assistants, agents, crawlers or prompt injection, never addressed to them."""
    return _finish(rng, _AI_BUILDERS, AI_FALLBACK)


# --- human instructions: vocabulary ------------------------------------------------------------------------------

# Each how-to domain: (goals, steps). Steps are lower-case imperative phrases that fit after "To <goal>, ".
HOWTO: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("reset your router", "get your home Wi-Fi working again", "change the router settings"),
        (
            "unplug the router and wait {nn} seconds", "hold the reset button with a paperclip for {n} seconds",
            "open 192.168.{n}.1 in your browser", "log in with the admin password printed on the sticker",
            "go to Settings and choose Wireless", "save the changes and restart the router",
            "write the new password somewhere safe", "reconnect each device with the new password",
        ),
    ),
    (
        ("tidy up your phone settings", "make your phone a little more private", "sort out your phone"),
        (
            "open Settings and tap Privacy", "turn off location access for apps you rarely use",
            "tap Security, then Two-Step Verification", "scroll down to Storage and delete old downloads",
            "restart the phone when asked", "choose Default Apps from the menu",
            "confirm the change with your passcode", "override the old setting by switching the toggle off and on",
        ),
    ),
    (
        ("get this recipe right", "cook this for a crowd", "make the dish a day ahead", "get the best result"),
        (
            "preheat the oven to {temp} degrees", "stir in the butter off the heat",
            "let the dough rest for {nn} minutes", "rinse the rice until the water runs clear",
            "season with salt and a squeeze of lemon", "cover the pan and lower the heat",
            "ignore the timer and trust your nose", "discard the first pancake, since it never comes out right",
            "chill the mixture overnight", "forget the fancy flour and use plain",
        ),
    ),
    (
        ("do this job safely", "get a tidy finish", "finish the job in one afternoon"),
        (
            "turn off the water at the stopcock", "switch the heating off and let it cool",
            "sand the surface lightly", "drill a small pilot hole", "use wall plugs rated for at least {nn} kilos",
            "wear gloves and open a window", "check for hidden pipes and cables with a detector",
            "let the first coat dry for {n} hours", "keep a cloth under the valve to catch drips",
        ),
    ),
    (
        ("make the trip go smoothly", "avoid queues on the day", "get to the venue on time"),
        (
            "keep your boarding pass on your phone or print it", "arrive at least {nn} minutes before departure",
            "bring the card you booked with", "put liquids in a clear bag", "show your booking reference at the desk",
            "check the platform on the departure board", "take the number {n} bus to {street}",
            "fill in the arrival card before landing",
        ),
    ),
    (
        ("apply for a parking permit", "renew your library card", "register for the course",
         "claim your deposit back", "change the name on your account"),
        (
            "fill in every field marked with an asterisk", "upload a photo of your ID",
            "write your name exactly as it appears on your passport", "sign and date the last page",
            "attach a recent utility bill", "leave the reference box blank if you do not have one",
            "submit the form before {day}", "keep a copy of the confirmation email",
        ),
    ),
)
HOWTO_FRAMES = (
    "To {goal}, {s1}, then {s2}.",
    "To {goal}: {s1}, and {s2}.",
    "{S1}, then {s2}.",
    "{S1}; after that, {s2}.",
    "Step {n}: {S1}. Step {n2}: {S2}.",
    "Want to {goal}? {S1}, then {s2}.",
    "First, {s1}. Next, {s2}.",
    "Tip: {s1} first, and only then {s2}.",
)
SECRETS = ("password", "PIN", "one-time code", "recovery phrase", "card details", "security answers", "login code")
NEVER_SHARE = (
    "{neg} share your {secret} with anyone, including {who}.",
    "{neg} give your {secret} to anyone, including {who}.",
    "{neg} read your {secret} out over the phone, whoever is calling.",
    "{neg} type your {secret} into a page you reached from a text message.",
    "We will never ask for your {secret} by {channel}. If someone does, {report}.",
    "Our staff will never ask for your {secret}; if anyone does, {report}.",
)
NEGATIONS = ("Do not", "Never", "Please do not", "Don't")
NEVER_WHO = ("our staff", "the bank", "someone who says they are from IT", "our support team", "a family member",
             "anyone claiming to be from {org}")
CHANNELS = ("email", "text message", "phone", "chat", "social media")
REPORT = (
    "hang up and call the number on the back of your card", "forward the message to abuse@{domain}",
    "report it using the link at the bottom of this page", "do not reply and delete the message",
    "stop and contact us through the app",
)
CODE_FRAMES = (
    "Enter the {digits_len}-digit code we sent to {dest}. It expires in {n} minutes.",
    "Enter the code we sent to {dest} to finish signing in.",
    "Enter the verification code we sent to {dest}; it can be used once only.",
    "We sent a code to {dest}. Enter it below, or wait a minute and tap Resend.",
    "Didn't get the code we sent to {dest}? Check your spam folder, then ask for a new one.",
)
CODE_DESTS = ("your phone ending in {digits}", "{email}", "the email address on your account",
              "the number ending in {digits}", "your work email")
ACCOUNT_NOTICES = (
    "Someone signed in to your account from {town} on {day}. If this was not you, reset your password now.",
    "Your password expires in {n} days. Choose a new one under Account, then Security.",
    "Update your billing details before {day} to avoid an interruption to your service.",
    "Sign out of shared computers at the {town} library when you finish, and clear the browser history.",
    "Your session will end in {n} minutes. Save your work and sign in again to continue.",
    "Confirm your new email address by clicking the link we sent. The link is valid for {n} days.",
    "Open your authenticator app and enter the code it shows for {domain}; codes change every 30 seconds.",
    "Delete any old backup codes you printed, then generate {n} new ones from the Security page.",
    "Choose a password of at least 1{n} characters, and do not reuse one from another site.",
)
IGNORE_VERBS = ("Please ignore", "Please disregard", "Kindly ignore", "You can ignore", "Disregard", "Ignore")
OLD_MESSAGES = (
    "the previous email", "the earlier reminder", "my first message", "last week's newsletter",
    "the invoice we sent on {day}", "the old notice on the door", "yesterday's text", "the first announcement",
)
TOPICS = (
    "the staff party", "parking permits", "the fire drill", "{day}'s meeting", "the car-park closure",
    "library opening hours", "the {month} invoice", "the new rota", "the school trip", "the bin collection",
    "the team lunch", "the quarterly review",
)
CORRECTIONS = (
    "the date was wrong, and it is now {day} at {time}", "it went out by mistake",
    "the venue has changed to {place}", "the figures have since been corrected", "the link in it has expired",
    "the meeting has moved to {time}", "it was meant for another group", "we have found a better date",
)
IGNORE_FRAMES = (
    "{ignore} {old} about {topic}; {correction}.",
    "{ignore} {old} about {topic}, because {correction}.",
    "Forget the old {oldthing}: {newthing}.",
    "Disregard the first draft of {doc} and use the version attached to this message.",
    "Forget the link in my last message; {doc} now lives on the shared drive under {month}.",
    "Please ignore the old figures in {doc}; the corrected table is on page {n}.",
    "The earlier instructions no longer apply because {reason}. {newstep}.",
    "Ignore the {noise} during the first {n} minutes; {why}.",
    "If you have already {done}, please ignore this reminder about {topic}.",
    "Forget what you knew about {oldsys}; the new one works differently, so {newstep_lc}.",
    "Disregard the warning light if it goes out after {n} seconds, as that is part of the start-up check.",
    "Please disregard any earlier instructions about {topic}. {newstep}.",
    "Correction: ignore the time printed on the flyer; {event} starts at {time}.",
)
OLD_THINGS_NEW = (
    ("link", "the new one is {domain}/events"), ("address", "we are now at {n} {street}"),
    ("meeting point", "we now meet at {place}"), ("login page", "sign in at {domain} from now on"),
    ("phone number", "call the front desk on extension {digits}"), ("timetable", "buses now leave at {time}"),
)
REASONS = ("the office moved to {street}", "the venue changed", "the supplier updated the manual",
           "the clocks went back", "the building is being repainted", "the council changed the rules",
           "the software was updated on {day}", "the lift is out of service")
NEW_STEPS = ("use the side entrance from now on", "bring your badge to {place}", "send forms to {place} instead",
             "park on {street} until further notice", "follow the signs to {place}",
             "check the noticeboard each {day}", "book rooms through the front desk")
NOISES = ("beeping", "clicking sound", "humming", "flashing light", "rattling")
NOISE_WHY = ("the dishwasher is only testing its pump", "the boiler is warming up", "the printer is calibrating",
             "the alarm panel is running a self-check", "the fridge is settling after the move")
DOCS = ("the newsletter", "the rota", "the minutes", "the volunteer guide", "the budget", "the floor plan",
        "the packing list", "the seating chart")
NOTICE_GREETINGS = ("Hi all, ", "Dear residents, ", "Team, ", "Hello {first}, ", "Dear parents, ", "Quick update: ")
EVENTS = ("the staff party", "the fire drill", "the school trip", "the team lunch", "the quarterly review",
          "the open day", "the book swap", "the residents' meeting")
DONE = ("paid", "replied", "registered", "returned the form", "booked your slot", "renewed your membership")
OLD_SYSTEMS = ("the old booking system", "the previous intranet", "last year's expense form", "the old door codes",
               "the former timetable")
ETIQUETTE = (
    "{Please}search the forum before opening a new thread about {ftopic}.",
    "{Please}read the pinned rules before posting in the {board} marketplace.",
    "Keep replies on topic, and start a new thread for anything about {ftopic}.",
    "Do not bump old threads; if you have the same problem with {ftopic}, start a new one and link back.",
    "When you reply on the {board} board, quote only the part you are answering and trim long signatures.",
    "Mark the thread as solved once your question about {ftopic} has an answer.",
    "Don't reply all unless everyone on the {board} list needs to see your answer.",
    "Please keep personal details such as phone numbers out of public posts on the {board} board.",
    "New members should introduce themselves in the welcome board before posting links about {ftopic}.",
    "Add your model number and what you have already tried when you ask about {ftopic}.",
    "Report spam on the {board} board with the flag button rather than replying to it.",
    "Put {ftopic} in the subject line so others can find your thread later.",
)
BOARDS = ("gardening", "home network", "baking", "cycling", "repair café", "photography", "parents", "buy and sell")
FORUM_TOPICS = ("sourdough starters", "bike gears", "the heat pump", "mesh Wi-Fi", "seed swaps", "e-readers",
                "the 3D printer", "allotment plots", "camera lenses", "loft insulation")
CHECKOUT = (
    "Click Confirm to complete your booking for {n} guests.",
    "Click {button} to finish your order; you can still cancel within {nn} minutes.",
    "Select a delivery slot for {day}, then click {button} to review your order.",
    "Check the names and dates carefully before you click Pay, because bookings cannot be changed after {time}.",
    "Enter the discount code {code} at checkout to get {pct}% off.",
    "Review your basket, remove anything you do not need, and click {button}.",
    "Choose a seat for your trip to {town} on the next page, or skip this step and get one at check-in.",
    "Before you continue, make sure the billing address matches the card ending in {digits}.",
    "Tick the box to accept the terms, then press {button} to pay {price} now.",
    "Add the room to your basket and complete payment within {nn} minutes to hold it.",
    "Press {button} only once; the page may take a few seconds to load.",
    "Bring your booking reference and photo ID when you collect the tickets in {town}.",
    "Click {button} to reserve {n} nights at the {hotel} in {town}; you pay at the desk.",
    "Enter the guest names exactly as they appear on each passport, then click {button}.",
    "Choose Standard or Express delivery, then click {button}; Express orders placed before {time} arrive tomorrow.",
    "You must pay the deposit of {price} within {n} days to keep your booking at the {hotel}.",
    "Select your arrival time from the list so the {hotel} can have your room ready.",
)
HOTELS = ("Harbour Lodge", "Larch House", "Saltmere Inn", "Quayside Rooms", "Old Mill Hotel", "Greywick Arms")
BUTTONS = ("Confirm", "Pay now", "Place order", "Book", "Continue", "Submit", "Complete purchase")
MUST_THINGS = ("register your bike with the building manager", "return the signed form", "pay the remaining balance",
               "renew your permit", "collect your parcel from reception", "submit your timesheet",
               "book your vaccination slot", "move your car from {street}", "clear your desk")
DEADLINES = (
    "{day}", "the end of {month}", "{time} on {day}", "the first of {month}", "noon tomorrow", "Friday at {time}",
)
CONSEQUENCES = ("or we will have to arrange it all again", "as the deadline cannot be extended",
                "or a late fee of {price} may apply", "otherwise we cannot guarantee a space",
                "or the office will chase you by letter")
URGENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the water will be off from {time} to {time2}", ("fill a kettle beforehand", "run no washing machines then")),
    ("the lifts are being serviced tomorrow", ("use the stairs on the east side", "ask reception about deliveries")),
    ("the boiler service is on {day} at {time}", ("clear the space under the stairs", "leave the hall door unlocked")),
    ("the network goes down for maintenance at {time}", ("save your files before you leave", "log out by {time}")),
    ("the car park closes early on {day}", ("move your car by {time}", "park on {street} instead")),
    ("a storm warning is in place for {town}", ("bring garden furniture inside", "unplug anything you do not need")),
)
DEADLINE_FRAMES = (
    "Urgent: {event}, so please {action}.",
    "Urgent: {must} by {deadline}, {consequence}.",
    "You must {must} before {deadline}, {consequence}.",
    "Important: {event}. Please {action}.",
    "Reminder: {must} by {deadline}.",
    "Before you continue, {prep}.",
    "Admin notice: {event}; {action} and report any problems to {place}.",
    "New instructions for {party}: {newstep}, and sign in at {place}.",
    "Deadline: {must} no later than {deadline}, {consequence}.",
    "Act now: {must} by {deadline}.",
)
PREP = (
    "note down your order number, which starts with {digits}", "check the spelling of the name on ticket {n}",
    "confirm that you can attend on {day}", "save your work, because the system restarts at {time}",
    "make sure your address is up to date", "read the cancellation terms below", "check that the charger is unplugged",
    "write down the reference number on this page", "close any other tabs with this form open",
)
APPLIANCES = ("washing machine", "dishwasher", "oven", "heater", "blender", "pressure cooker", "tumble dryer", "kettle")
LIDDED = ("washing machine", "pressure cooker", "tumble dryer", "blender")
CYCLED = ("washing machine", "dishwasher", "oven", "tumble dryer")
SAFETY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Do not override the safety switch on the {appliance}; call a qualified engineer instead.", APPLIANCES),
    ("Stop using the {appliance} immediately if you smell burning, and unplug it at the wall.", APPLIANCES),
    ("Delete the old {appliance} app before installing the new version, or the update may fail.", APPLIANCES),
    ("Reply STOP to stop receiving these messages about your {appliance} warranty.", APPLIANCES),
    ("Turn the {appliance} off at the wall before cleaning it.", APPLIANCES),
    ("Reset the {appliance} by holding the power button for {n} seconds.", CYCLED),
    ("Never bypass the lid lock on the {appliance}, even if it seems stuck.", LIDDED),
    ("Keep children and pets away from the {appliance} while it is running.", APPLIANCES),
    ("Run the cleaning cycle on the {appliance} once every {n} weeks.", CYCLED),
)
NOTICE_EXTRAS = (
    "Thank you for your patience.",
    "If you have questions, ask at reception.",
    "Call us on extension {digits} if anything is unclear.",
    "We are sorry for the inconvenience.",
    "See you on {day}.",
    "Thanks, {first}.",
    "More details are on the noticeboard.",
)
STEP_EXTRAS = (
    "This takes about {n} minutes.",
    "The whole job takes less than an hour.",
    "If you get stuck, post a photo in the comments.",
    "It is easier with a second pair of hands.",
)
SAFETY_EXTRAS = (
    "Full safety information is in the manual.",
    "Keep this leaflet with the appliance.",
    "Spare parts are listed on our website.",
)
ACCOUNT_EXTRAS = (
    "If you did not ask for this, you can ignore this message.",
    "Need help? Our support team is available until {time}.",
    "This is an automated message, so please do not reply to it.",
)
FORUM_EXTRAS = (
    "Thanks for helping keep the board tidy.",
    "Moderators may move posts that break this rule.",
    "Repeat offenders get a short posting break.",
)
SHOP_EXTRAS = (
    "Prices include tax.",
    "You will get a confirmation email within a few minutes.",
    "Need to change something later? Use the link in your confirmation email.",
)

# Security advice to the account holder: what happened, and what we recommend they do about it.
BREACH_EVENTS = (
    "Your email address appeared in a list of accounts leaked from another website",
    "A password you use here was found in a data breach at a different company",
    "We noticed {n} failed sign-in attempts on your account from {town}",
    "A new device signed in to your account on {day} at {time}",
    "Our security team reset the sessions of accounts that logged in from a shared network in {town}",
)
BREACH_ADVICE = (
    "we recommend choosing a new, unique password and turning on two-step verification",
    "please change your password here and on any other site where you used the same one",
    "review your recent orders and sign out of devices you do not recognise",
    "we suggest adding an authenticator app under Security settings",
    "check that your recovery phone number and email are still correct",
)
BREACH_FRAMES = (
    "{event}. Nothing suggests our systems were affected, but {advice}.",
    "{event}; {advice}.",
    "Security notice: {event_lc}. As a precaution, {advice}.",
    "{event}. If that was you, no action is needed; otherwise {advice}.",
)

# Help for people who use the keyboard, a screen reader or magnification, as sites print it near the top.
ACCESS_HELP = (
    "Skip to the main content with the first link on the page, or press {key} to jump to the search box.",
    "Keyboard users: press Tab to move between links and Enter to open one; Esc closes any menu.",
    "Screen reader users can move between sections with the heading shortcut; each product is a level-three heading.",
    "To zoom, hold Ctrl and press the plus key; the layout reflows to a single column above 200% zoom.",
    "Every image on this page has a text description; turn on 'Show descriptions' to read them on screen.",
    "Audio description is available for the video above; choose it from the settings menu of the player.",
    "Press {key} at any time to open the list of keyboard shortcuts for this site.",
    "If a form is hard to use with your assistive technology, call extension {digits} and we will help by phone.",
    "Captions are on by default; press C to hide them and the arrow keys to skip {n} seconds.",
)
ACCESS_KEYS = ("S", "/", "Alt+1", "?", "K")
ACCESS_EXTRAS = (
    "Our accessibility statement lists the known issues on this site.",
    "We test every page with people who use these tools.",
    "Tell us about any barrier you meet, and we will fix it.",
)

HUMAN_FALLBACK = "Check the dates and names on your booking before you click Confirm."


def _please(rng: random.Random) -> str:
    return rng.choice(("Please ", "", ""))


def _howto(rng: random.Random) -> str:
    goals, steps = rng.choice(HOWTO)
    first, second = sorted(rng.sample(range(len(steps)), 2))  # steps are listed in a sensible order
    s1, s2 = steps[first], steps[second]
    step = rng.randint(1, 6)
    return (
        _pick(rng, HOWTO_FRAMES)
        .replace("{goal}", _pick(rng, goals))
        .replace("{S1}", _cap(s1))
        .replace("{S2}", _cap(s2))
        .replace("{s1}", s1)
        .replace("{s2}", s2)
        .replace("Step {n}", f"Step {step}")
        .replace("Step {n2}", f"Step {step + 1}")
    )


def _security(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return (
            _pick(rng, CODE_FRAMES)
            .replace("{dest}", _pick(rng, CODE_DESTS))
            .replace("{digits_len}", str(rng.choice((4, 6, 8))))
        )
    if rng.random() < 0.5:
        return _pick(rng, ACCOUNT_NOTICES)
    return (
        _pick(rng, NEVER_SHARE)
        .replace("{neg}", _pick(rng, NEGATIONS))
        .replace("{secret}", _pick(rng, SECRETS))
        .replace("{who}", _pick(rng, NEVER_WHO))
        .replace("{channel}", _pick(rng, CHANNELS))
        .replace("{report}", _pick(rng, REPORT))
    )


def _ignore(rng: random.Random) -> str:
    oldthing, newthing = rng.choice(OLD_THINGS_NEW)
    newstep = _pick(rng, NEW_STEPS)
    text = (
        _pick(rng, IGNORE_FRAMES)
        .replace("{ignore}", _pick(rng, IGNORE_VERBS))
        .replace("{old}", _pick(rng, OLD_MESSAGES))
        .replace("{topic}", _pick(rng, TOPICS))
        .replace("{correction}", _pick(rng, CORRECTIONS))
        .replace("{oldthing}", oldthing)
        .replace("{newthing}", newthing)
        .replace("{reason}", _pick(rng, REASONS))
        .replace("{newstep}", _cap(newstep))
        .replace("{newstep_lc}", newstep)
        .replace("{noise}", _pick(rng, NOISES))
        .replace("{why}", _pick(rng, NOISE_WHY))
        .replace("{done}", _pick(rng, DONE))
        .replace("{oldsys}", _pick(rng, OLD_SYSTEMS))
        .replace("{event}", _pick(rng, EVENTS))
        .replace("{doc}", _pick(rng, DOCS))
    )
    if rng.random() < 0.3:
        text = _pick(rng, NOTICE_GREETINGS) + text[:1].lower() + text[1:]
    return text


def _etiquette(rng: random.Random) -> str:
    return (
        _pick(rng, ETIQUETTE)
        .replace("{Please}", _please(rng))
        .replace("{ftopic}", _pick(rng, FORUM_TOPICS))
        .replace("{board}", _pick(rng, BOARDS))
    )


def _checkout(rng: random.Random) -> str:
    return _pick(rng, CHECKOUT).replace("{button}", _pick(rng, BUTTONS)).replace("{hotel}", _pick(rng, HOTELS))


def _deadline(rng: random.Random) -> str:
    event, actions = rng.choice(URGENT)
    return (
        _pick(rng, DEADLINE_FRAMES)
        .replace("{event}", event)
        .replace("{action}", _pick(rng, actions))
        .replace("{newstep}", _pick(rng, NEW_STEPS))
        .replace("{party}", _pick(rng, EVENTS))
        .replace("{must}", _pick(rng, MUST_THINGS))
        .replace("{deadline}", _pick(rng, DEADLINES))
        .replace("{consequence}", _pick(rng, CONSEQUENCES))
        .replace("{prep}", _pick(rng, PREP))
    )


def _safety(rng: random.Random) -> str:
    template, appliances = rng.choice(SAFETY)
    return template.replace("{appliance}", _pick(rng, appliances))


def _account_advice(rng: random.Random) -> str:
    event = _pick(rng, BREACH_EVENTS)
    return (
        _pick(rng, BREACH_FRAMES)
        .replace("{event_lc}", event[:1].lower() + event[1:])
        .replace("{event}", event)
        .replace("{advice}", _pick(rng, BREACH_ADVICE))
    )


def _accessibility(rng: random.Random) -> str:
    return _pick(rng, ACCESS_HELP).replace("{key}", _pick(rng, ACCESS_KEYS))


_HUMAN_BUILDERS: tuple[Builder, ...] = (
    (_howto, 4, STEP_EXTRAS),
    (_security, 3, ACCOUNT_EXTRAS),
    (_ignore, 3, NOTICE_EXTRAS),
    (_etiquette, 2, FORUM_EXTRAS),
    (_checkout, 2, SHOP_EXTRAS),
    (_deadline, 3, NOTICE_EXTRAS),
    (_safety, 1, SAFETY_EXTRAS),
    (_account_advice, 2, ACCOUNT_EXTRAS),
    (_accessibility, 2, ACCESS_EXTRAS),
)


def human_instruction(rng: random.Random) -> str:
    """One or two sentences addressed to a human reader: steps, notices, corrections, deadlines."""
    return _finish(rng, _HUMAN_BUILDERS, HUMAN_FALLBACK)


def benign_sentence(rng: random.Random) -> str:
    """Either kind of benign look-alike text, about half each."""
    return ai_talk(rng) if rng.random() < 0.5 else human_instruction(rng)
