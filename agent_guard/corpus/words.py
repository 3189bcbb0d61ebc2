"""Our own word lists and sentence templates for filler text (names, products, posts, mails, headlines...).

Everything here was written for agent-guard; brands, people, places and domains are invented.
"""

from __future__ import annotations

import random
import re

FIRST_NAMES = (
    "Ada",
    "Bruno",
    "Chiara",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kemi",
    "Lars",
    "Maya",
    "Nadia",
    "Omar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tove",
    "Ugo",
    "Vera",
    "Wes",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Amara",
    "Bastian",
    "Carmen",
    "Dario",
    "Esme",
    "Felix",
    "Gaspard",
    "Hana",
    "Ivo",
    "Julia",
    "Kofi",
    "Lena",
    "Marco",
    "Nils",
    "Olga",
    "Priya",
    "Rafael",
    "Sanne",
    "Theo",
    "Una",
    "Viktor",
    "Wanda",
    "Yara",
    "Zeno",
    "Aiko",
    "Beatriz",
    "Cyril",
    "Dana",
    "Emil",
    "Fatima",
    "Gil",
    "Helga",
)
LAST_NAMES = (
    "Abbott",
    "Brandt",
    "Castillo",
    "Dervaux",
    "Eklund",
    "Ferreira",
    "Gallo",
    "Hartmann",
    "Ibsen",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quinlan",
    "Romero",
    "Sato",
    "Tanaka",
    "Ueda",
    "Valdez",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zimmer",
    "Achterberg",
    "Bianchi",
    "Costa",
    "Dubois",
    "Engel",
    "Fischer",
    "Garnier",
    "Holm",
    "Ivanova",
    "Jovanovic",
    "Keller",
    "Lopez",
    "Marsh",
    "Novak",
    "Osei",
    "Pereira",
    "Rossi",
    "Schmitt",
    "Teixeira",
    "Varga",
    "Wojcik",
    "Young",
)
CITIES = (
    "Lisbon",
    "Porto",
    "Lyon",
    "Ghent",
    "Leipzig",
    "Bergen",
    "Tampere",
    "Bologna",
    "Valencia",
    "Cork",
    "Krakow",
    "Brno",
    "Tallinn",
    "Malmo",
    "Aarhus",
    "Graz",
    "Basel",
    "Utrecht",
    "Seville",
    "Nantes",
    "Denver",
    "Halifax",
    "Austin",
    "Portland",
    "Osaka",
    "Busan",
    "Perth",
    "Hobart",
    "Nairobi",
    "Accra",
)
BRAND_START = (
    "Nor",
    "Bright",
    "Kel",
    "Vanta",
    "Lum",
    "Orb",
    "Tidal",
    "Quill",
    "Cedar",
    "Pix",
    "Maple",
    "Ferro",
    "Hollow",
    "Zen",
    "Arc",
    "Birch",
    "Cobalt",
    "Drift",
    "Ember",
    "Fable",
    "Glen",
    "Halo",
    "Iris",
    "Juno",
    "Koda",
    "Lark",
    "Mesa",
    "Nimbus",
    "Opal",
    "Pine",
    "Rook",
    "Sable",
    "Terra",
    "Umber",
    "Velo",
    "Wren",
    "Yonder",
)
BRAND_END = (
    "ly",
    "io",
    "hub",
    "wise",
    "mart",
    "nest",
    "base",
    "loop",
    "field",
    "post",
    "desk",
    "ware",
    "works",
    "stack",
    "cart",
    "line",
    "mail",
    "press",
    "board",
    "space",
    "point",
    "way",
    "grid",
    "kit",
    "lane",
    "yard",
)
TLDS = ("com", "net", "io", "shop", "app", "co", "org", "news", "dev", "store", "site", "online")

PRODUCT_ADJ = (
    "Compact",
    "Ultralight",
    "Classic",
    "Pro",
    "Everyday",
    "Modular",
    "Foldable",
    "Insulated",
    "Wireless",
    "Ergonomic",
    "Heavy-Duty",
    "Slim",
    "Recycled",
    "Waterproof",
    "Quiet",
    "Smart",
    "Vintage",
    "Travel",
)
PRODUCT_MATERIAL = ("Oak", "Steel", "Linen", "Wool", "Bamboo", "Ceramic", "Canvas", "Cotton", "Walnut", "Aluminium")
PRODUCT_NOUN = (
    "Backpack",
    "Kettle",
    "Headphones",
    "Desk Lamp",
    "Water Bottle",
    "Running Shoes",
    "Rain Jacket",
    "Chef's Knife",
    "Coffee Grinder",
    "Bluetooth Speaker",
    "Yoga Mat",
    "Phone Case",
    "Office Chair",
    "Sleeping Bag",
    "Blender",
    "Mechanical Keyboard",
    "Throw Blanket",
    "Plant Pot",
    "Cast Iron Pan",
    "Wall Clock",
    "Bike Helmet",
    "Tent",
    "Wallet",
    "Sunglasses",
    "Notebook",
    "Tea Set",
    "Air Purifier",
    "Monitor Stand",
    "Duvet Cover",
)
COLORS = ("Slate", "Sand", "Forest", "Navy", "Rust", "Charcoal", "Ivory", "Sage", "Plum", "Ocean", "Mustard")
PRODUCT_FEATURES = (
    "Keeps drinks hot for up to {n} hours",
    "Weighs only {n}00 g",
    "{n}-year warranty included",
    "Machine washable at 30 degrees",
    "Made from {n}0% recycled materials",
    "Fits laptops up to 15 inches",
    "Charges fully in {n} hours",
    "Dishwasher safe",
    "Available in {n} colours",
    "Assembled in under {n} minutes",
    "Tested for {n}000 cycles",
    "Ships flat-packed",
    "Replaceable parts available for {n} years",
)
REVIEW_SENTENCES = (
    "Arrived a day early and well packed.",
    "The colour is a bit darker than in the photos.",
    "I have used it every day for {n} weeks and it still looks new.",
    "Sizing runs small, order one up.",
    "Solid build quality for the price.",
    "The instructions could be clearer, took me a while to set up.",
    "My partner loved it, so I bought a second one.",
    "Customer service replaced a broken part quickly.",
    "Not as quiet as advertised but it does the job.",
    "Perfect for our small kitchen.",
    "Battery life is great, about {n} days between charges.",
    "Returned it, the zip broke after a week.",
    "Would buy again.",
    "Comfortable even on long days.",
    "Smells a bit plasticky at first, that goes away.",
    "Five stars for the packaging alone, no plastic at all.",
    "Does exactly what it says.",
)
REVIEW_TITLES = (
    "Great value",
    "Does the job",
    "Not for me",
    "Love it",
    "Better than expected",
    "Decent, with caveats",
    "Sturdy and simple",
    "Disappointed",
    "Exactly as described",
    "Gift hit",
    "Solid choice",
)

FORUM_BOARDS = (
    "Home Networking",
    "Gardening & Allotments",
    "Road Cycling",
    "Home Cooking",
    "Film Photography",
    "Board Games",
    "Woodworking",
    "Aquariums",
    "Vintage Audio",
    "Running",
    "Linux Desktop",
    "Sourdough Baking",
    "Camper Vans",
    "Budget Travel",
    "3D Printing",
    "Houseplants",
    "Retro Gaming",
    "Bird Watching",
)
FORUM_TOPIC_TEMPLATES = (
    "Best way to {verb} a {thing} on a budget?",
    "{thing} keeps {problem} - any ideas?",
    "Finally finished my {thing} build (photos)",
    "Beginner question about {thing}",
    "Is it worth upgrading the {thing} in {year}?",
    "{thing} vs {thing2}: which one would you pick?",
    "Weekly thread: show your {thing}",
    "Help! {thing} stopped working after update",
    "Recommendations for a {thing} under {price}",
    "What do you wish you knew before buying a {thing}?",
)
FORUM_THINGS = (
    "router",
    "mesh network",
    "tomato bed",
    "compost heap",
    "gravel bike",
    "chain",
    "dutch oven",
    "film scanner",
    "tripod",
    "strategy game",
    "workbench",
    "table saw",
    "planted tank",
    "filter",
    "turntable",
    "amplifier",
    "trail shoe",
    "window manager",
    "starter",
    "oven",
    "roof tent",
    "rail pass",
    "print bed",
    "monstera",
    "handheld console",
    "pair of binoculars",
)
FORUM_VERBS = ("set up", "fix", "clean", "store", "insulate", "calibrate", "upgrade", "choose", "maintain")
FORUM_PROBLEMS = (
    "dropping out",
    "making a rattling noise",
    "overheating",
    "losing pressure",
    "going mouldy",
    "drifting to the left",
    "showing an error code",
    "getting slower",
    "leaking",
)
FORUM_SENTENCES = (
    "I've had the same issue for about {n} weeks now and tried most of the usual fixes.",
    "Have you checked the firmware version? Mine was fixed by going back one release.",
    "Honestly I would spend a little more and get the {thing} with the better warranty.",
    "Same here. Posting so I get notified if someone finds a solution.",
    "We did this last spring and it made a huge difference, happy to share photos.",
    "Make sure everything is dry before you start, that was my mistake the first time.",
    "The manual says to {verb} it every {n} months but nobody really does that.",
    "Thanks everyone, marking this as solved. It was the cable all along.",
    "Quick update: swapped the {thing} and it has been stable since Tuesday.",
    "I disagree a bit, the cheaper one is fine for beginners.",
    "There is a good guide pinned at the top of the board, worth a read.",
    "Measured it again this morning and got {n}.{m}, which seems within spec.",
    "Welcome to the forum! You will find that most of us started exactly where you are.",
    "If you are near {city} there is a repair cafe that can take a look for free.",
    "Could you post a photo? Hard to tell from the description alone.",
    "Ignore my earlier reply, I had the model number wrong.",
    "Do not use bleach on it, whatever the old guides say.",
    "I asked a chatbot about this and it gave me the wrong torque settings, so double-check anything it tells you.",
    "Click the Solved button under the answer that helped so others can find it.",
    "Mods, please move this thread to the right board if it is in the wrong place.",
)

NEWS_SECTIONS = ("World", "Business", "Tech", "Science", "Culture", "Sport", "Local", "Climate", "Health", "Opinion")
HEADLINE_TEMPLATES = (
    "{city} council approves plan to {policy}",
    "New study links {nthing} to better {outcome}",
    "{company} reports {pct}% rise in quarterly revenue",
    "Rail strike set to disrupt travel across {region}",
    "Researchers map {count} new species in {place}",
    "Why {nthing} prices are rising again this {season}",
    "Interview: the {role} rebuilding {city}'s {institution}",
    "{team} clinch title after dramatic final",
    "Heatwave warnings extended for {region}",
    "Opinion: we need to talk about {topic}",
    "How assistants and chatbots are changing the way people shop",
    "{company} recalls {count} units of {product}",
    "Festival returns to {city} after {count}-year break",
    "Central bank holds rates at {pct}%",
    "Explainer: what the new {policy_noun} rules mean for you",
)
NEWS_FILL = {
    "policy": ("expand cycle lanes", "build 400 affordable homes", "pedestrianise the old town", "plant 10,000 trees"),
    "nthing": ("coffee", "cocoa", "sleep", "urban gardening", "remote work", "walking", "olive oil", "housing"),
    "outcome": ("memory", "heart health", "productivity", "mood", "air quality"),
    "company": ("Norvex", "Brightlane", "Kelbase", "Tidalworks", "Cedarpoint", "Arcfield"),
    "region": ("the north", "the coast", "the southern valleys", "the capital region", "the islands"),
    "place": ("the Andes", "a coral reef", "an old quarry", "the deep sea", "a city park"),
    "season": ("autumn", "winter", "spring", "summer"),
    "role": ("architect", "librarian", "chef", "engineer", "curator"),
    "institution": ("harbour", "library", "opera house", "markets", "tram network"),
    "team": ("Rovers", "United", "the Harriers", "Athletic", "the Comets"),
    "topic": ("night trains", "school lunches", "noise", "public toilets", "the four-day week"),
    "product": ("air fryers", "e-bikes", "baby monitors", "space heaters"),
    "policy_noun": ("parking", "energy label", "rental", "tax-free allowance", "data-roaming"),
}
NEWS_SENTENCES = (
    "Officials said the changes would take effect from the start of next month.",
    "The proposal was approved by {n} votes to {m} after a lengthy debate.",
    "Residents who spoke to us were divided on the plan.",
    "Analysts had expected a smaller increase, citing weaker demand in the spring.",
    "The report, published on Tuesday, draws on data from more than {n},000 households.",
    "A spokesperson declined to comment on the timing.",
    "Critics argue the measures do not go far enough.",
    "It is the first time since {year} that the figure has fallen below {n} percent.",
    "Local businesses said they had been given little notice.",
    "The team will publish its full findings later this year.",
    "Tickets sold out within hours, organisers said.",
    "Campaigners welcomed the decision but warned that funding remained uncertain.",
    "Experts recommend checking the label before buying.",
    "Traffic is expected to be heavier than usual over the weekend.",
    "The scheme will be reviewed after an initial trial of {n} months.",
)
COMMENT_SENTENCES = (
    "Finally! This should have happened years ago.",
    "Who is paying for all of this?",
    "Great reporting, thanks for covering it.",
    "I live on that street and nobody asked us.",
    "The headline is a bit misleading compared to the article.",
    "Interesting read, shared with my family.",
    "Does anyone know if this applies to renters as well?",
    "We tried the same in {city}, it worked well.",
    "Numbers look off to me, would love to see the source.",
    "This is the first good news I've read all week.",
)

EMAIL_SUBJECTS = (
    "Your order #{order} has shipped",
    "Re: Saturday plans",
    "Invoice {order} for {month}",
    "Minutes from Thursday's sync",
    "Welcome to {brand}!",
    "Quick question about the draft",
    "Your receipt from {brand}",
    "Reminder: dentist appointment on {day}",
    "Photos from the trip",
    "Fwd: lease renewal",
    "Team offsite - venue options",
    "Your weekly summary",
    "Re: budget Q{q}",
    "Library books due soon",
    "Flight confirmation {code}",
    "Can you review my PR?",
    "Dinner on {day}?",
    "Security code for your {brand} account",
    "New comment on your document",
    "Parent-teacher evening",
)
EMAIL_SENTENCES = (
    "Hope you had a good weekend.",
    "Just following up on the thread from last week.",
    "I've attached the latest version, changes are highlighted in yellow.",
    "Could we move the call to {time} instead?",
    "Let me know if anything is unclear.",
    "The package should arrive within {n} working days.",
    "Thanks again for your help with this.",
    "We still need two more volunteers for the stand on {day}.",
    "Please find the invoice attached.",
    "No rush on this, whenever you get a chance.",
    "I booked the table for {n} people at {time}.",
    "The numbers for {month} look better than expected.",
    "Sorry for the late reply, it has been a busy week.",
    "Happy to jump on a quick call if that's easier.",
    "See you on {day}!",
    "Please ignore my previous email, the invoice amount was correct after all.",
    "If you have already paid, disregard this reminder.",
    "Forward this to anyone on the team who still needs access.",
    "Use the code {code} at the front desk to pick up your badge.",
    "Reply to this email with your shirt size by {day}.",
    "Click the link in the portal to confirm your place; it expires in {n} days.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

DOCS_TOPICS = (
    "Installation",
    "Quick start",
    "Configuration",
    "Authentication",
    "Webhooks",
    "Rate limits",
    "Pagination",
    "Error handling",
    "Deploying to production",
    "Command-line reference",
    "Migrating from v2",
    "Caching",
    "Logging",
    "Plugins",
    "Environment variables",
    "Testing",
    "Upgrading",
    "Troubleshooting",
    "Permissions",
)
DOCS_SENTENCES = (
    "This page explains how to {dverb} the {dthing} for your project.",
    "By default the client retries failed requests up to {n} times with exponential back-off.",
    "Set the option in your configuration file or pass it on the command line.",
    "Values passed as environment variables take precedence over the configuration file.",
    "The response is paginated; use the cursor returned in the previous page to fetch the next one.",
    "Requests above the limit receive status code 429 and a Retry-After header.",
    "You can run the command with --dry-run to see what would change without applying it.",
    "Tokens expire after {n} minutes and must be refreshed with the refresh endpoint.",
    "Older versions are still supported until the end of {year}.",
    "If the build fails, delete the cache directory and try again.",
    "Each plugin runs in its own process and communicates over a local socket.",
    "Logs are written as JSON lines to standard error.",
    "Set the system message to describe the assistant's role before sending the first user message.",
    "Never paste your API key into a chat window or a public issue.",
    "Ignore the warning about deprecated options if you are on version {n} or later.",
    "Run the installer again and choose Repair if the plugin does not load.",
    "The agent framework calls your tool function and passes its result back to the model.",
)
DOCS_VERBS = ("configure", "install", "enable", "disable", "monitor", "extend", "secure", "deploy")
DOCS_THINGS = ("client", "server", "worker pool", "scheduler", "cache", "CLI", "webhook receiver", "exporter")
CODE_IDENTS = ("client", "config", "session", "retry", "timeout", "cursor", "queue", "handler", "bucket", "limit")

DASH_METRICS = (
    "Revenue",
    "Active users",
    "Orders",
    "Conversion rate",
    "Avg. session",
    "Refunds",
    "Signups",
    "Churn",
    "Open tickets",
    "Uptime",
    "Latency p95",
    "Page views",
)
DASH_NAV = (
    "Overview",
    "Analytics",
    "Customers",
    "Orders",
    "Products",
    "Reports",
    "Billing",
    "Team",
    "Settings",
    "Integrations",
    "Support",
    "Audit log",
)
TICKET_SUBJECTS = (
    "Cannot reset my password",
    "Invoice shows the wrong VAT number",
    "Feature request: dark mode export",
    "Order arrived damaged",
    "API returns 500 on large uploads",
    "How do I add a second admin?",
    "Refund still not received",
    "Webhook deliveries delayed",
    "Question about annual plan",
)

SEARCH_QUERIES = (
    "best budget mechanical keyboard",
    "how to repot a monstera",
    "cheap flights lisbon october",
    "sourdough starter not rising",
    "python read csv with headers",
    "weather this weekend",
    "train times ghent",
    "how long to boil an egg",
    "ergonomic office chair reviews",
    "fix dripping tap washer",
    "things to do in bergen",
    "convert 350 f to c",
    "bike chain cleaning guide",
    "vegan lasagne recipe",
)
SEARCH_SNIPPETS = (
    "A complete guide with step-by-step photos, common mistakes and what to do when things go wrong.",
    "Compare prices from {n} shops and read independent reviews before you buy.",
    "Updated {month} {year}: we tested {n} models over six weeks. Here are our favourites.",
    "Short answer: about {n} minutes. The long answer depends on altitude and egg size.",
    "Forum thread with {n} replies. Most users recommend checking the seal first.",
    "Official timetable, live departures and platform information for all services.",
    "Our editors picked the best options for every budget, from entry level to premium.",
    "Free tool. Enter a value and get the result instantly, with a table of common conversions.",
)

SOCIAL_POSTS = (
    "Morning run along the river, {n} km and the sun finally came out.",
    "Hot take: the best pizza in {city} is the one nobody talks about.",
    "Just shipped the new release! Thanks to everyone who tested the beta.",
    "Does anyone have a recommendation for a good {thing} repair shop?",
    "{n} years at {brand} today. Grateful for this team.",
    "The library book sale is on this weekend, go early for the cookbooks.",
    "Tried the new cafe on the corner. Flat white 9/10, pastry 6/10.",
    "Reminder that the community garden needs volunteers on {day}.",
    "Reading list for the holidays, suggestions welcome.",
    "Our cat has decided the keyboard is the warmest place in the house.",
    "Thread: everything I learned restoring a {thing} this year.",
    "Can't believe it's already {month}. Where did the year go?",
    "New blog post about moving our build system, link in bio.",
)
TRENDS = (
    "#NightTrains",
    "#SourdoughSunday",
    "#CityMarathon",
    "#RepairCafe",
    "#IndieDev",
    "#BirdCount",
    "#BookSwap",
    "#HeatPump",
    "#TramStrike",
    "#ClimateWeek",
    "#RetroGames",
    "#FarmersMarket",
)

ISSUE_TITLES = (
    "Crash when opening settings with an empty profile",
    "Docs: typo in the quick start example",
    "Add option to disable telemetry",
    "Memory leak in long-running worker",
    "Support for ARM64 builds",
    "Dark mode: contrast too low on buttons",
    "CLI ignores --config when run from a subdirectory",
    "Flaky test in the scheduler suite",
    "Upgrade dependency to fix security advisory",
    "Export to CSV drops the last row",
    "Feature: keyboard shortcut for search",
)
ISSUE_SENTENCES = (
    "Steps to reproduce: open the app, go to Settings, click Profile.",
    "Expected: the page loads. Actual: blank screen.",
    "This started after upgrading to {n}.{m}.0.",
    "I can reproduce on Linux and macOS, not on Windows.",
    "Happy to open a PR if the maintainers agree with the approach.",
    "Logs attached below.",
    "Looks like a race condition between the two workers.",
    "Confirmed on main as of this morning.",
    "Closing as duplicate, see the linked issue.",
    "Thanks for the report! Could you share your config file?",
)
ISSUE_LABELS = (
    "bug",
    "enhancement",
    "documentation",
    "good first issue",
    "needs triage",
    "performance",
    "security",
    "help wanted",
    "question",
    "regression",
)

HOTEL_WORDS = ("Harbour", "Garden", "Old Town", "Riverside", "Central", "Lighthouse", "Market", "Hillside", "Station")
HOTEL_TYPES = ("Hotel", "Guesthouse", "Apartments", "Hostel", "Suites", "Inn")
TRAVEL_REVIEWS = (
    "Spotless room and very friendly staff.",
    "Great location, a bit noisy at night.",
    "Breakfast was excellent, lots of local produce.",
    "Check-in took a while but the view made up for it.",
    "Bed was comfortable, shower pressure weak.",
    "Would stay again, easy walk to the station.",
)

LOGIN_TAGLINES = (
    "Plan, track and ship together.",
    "Your money, organised.",
    "All your files, everywhere.",
    "Groceries at your door in an hour.",
    "The calmer way to run your inbox.",
    "Learn something new every day.",
)

AI_TOPIC_SENTENCES = (
    "Several retailers now offer chat assistants that can answer questions about sizing and delivery.",
    "Automated browsing tools are becoming common in customer support teams.",
    "The article compares three assistants on how well they summarise long documents.",
    "Some users ask their assistant to compare prices across shops before buying.",
    "Researchers warn that browsing agents can be tricked by text planted on ordinary web pages.",
    "A system prompt is the first message a chatbot receives; it sets the tone and the rules for the conversation.",
    "Our moderators remove posts that try to give orders to AI tools, and we ban the accounts behind them.",
    "The study asked twelve language models to book a flight and counted how often they finished the task.",
    "Crawlers that ignore robots.txt are blocked after {n} requests a minute.",
    "Prompt injection means hiding instructions in content that a model will later read.",
    "Several banks now let an assistant read statements, but never move money without the customer's approval.",
    "Developers can tell the model to reply in a fixed format by describing it in the instructions field.",
    "If an AI summary of this thread looks wrong to you, please flag it so a person can check it.",
    "Agents that shop on someone's behalf should confirm every payment with that person first.",
    "A common trick is hiding text that tells an agent to drop its task; good agents treat page text as data, not orders.",
    "Our help centre now has a chatbot, but a person still answers anything about refunds.",
    "We tested five AI shopping assistants on {n} stores; two of them added items nobody asked for.",
    "The new browser feature lets an assistant fill forms for you, and it asks before it submits anything.",
    "Teachers in {city} are writing guidance on when pupils may use AI tools for homework.",
    "Security teams now test their sites for text that could mislead automated agents.",
    "I asked my assistant to summarise this thread and it missed the most useful reply.",
    "The conference talk showed how a hidden line in a web page can steer a browsing agent.",
)


def sub(rng: random.Random, template: str, *, fix_articles: bool = True, **extra: str) -> str:
    """Fill the common slots of a template ({n}, {m}, {city}, {thing}, {day}...)."""
    values = {
        "n": str(rng.randint(2, 9)),
        "m": str(rng.randint(0, 9)),
        "city": rng.choice(CITIES),
        "thing": rng.choice(FORUM_THINGS),
        "thing2": rng.choice(FORUM_THINGS),
        "verb": rng.choice(FORUM_VERBS),
        "problem": rng.choice(FORUM_PROBLEMS),
        "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        "year": str(rng.randint(2019, 2025)),
        "time": f"{rng.randint(8, 18)}:{rng.choice(('00', '15', '30', '45'))}",
        "brand": brand_name(rng),
        "order": str(rng.randint(100000, 999999)),
        "q": str(rng.randint(1, 4)),
        "code": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        "price": f"${rng.choice((50, 100, 150, 200, 300, 500))}",
        "pct": str(rng.randint(2, 40)),
        "count": str(rng.randint(3, 120)),
        "dverb": rng.choice(DOCS_VERBS),
        "dthing": rng.choice(DOCS_THINGS),
    }
    for key, choices in NEWS_FILL.items():
        values.setdefault(key, rng.choice(choices))
    values.update(extra)
    text = template.format(**values)
    if fix_articles:  # English filler only: "a oven" -> "an oven"
        text = _ARTICLE.sub(lambda m: m.group(1) + "n " + m.group(2), text)
    return text[:1].upper() + text[1:] if text[:1].islower() and template[:1] == "{" else text


_ARTICLE = re.compile(r"\b([Aa]) ([aeioAEIO]\w)")


def brand_name(rng: random.Random) -> str:
    return rng.choice(BRAND_START) + rng.choice(BRAND_END)


def domain(rng: random.Random, brand: str | None = None) -> str:
    return f"{(brand or brand_name(rng)).lower()}.{rng.choice(TLDS)}"


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def username(rng: random.Random) -> str:
    first, last = person(rng)
    style = rng.randrange(5)
    if style == 0:
        return f"{first.lower()}_{last.lower()}"
    if style == 1:
        return f"{first.lower()}{rng.randint(1, 99)}"
    if style == 2:
        return f"{first[0].lower()}{last.lower()}"
    if style == 3:
        return f"{rng.choice(FORUM_THINGS).split()[-1]}_{first.lower()}"
    return f"{last.lower()}.{first[0].lower()}"


def product_name(rng: random.Random) -> str:
    parts = [rng.choice(PRODUCT_ADJ)]
    if rng.random() < 0.5:
        parts.append(rng.choice(PRODUCT_MATERIAL))
    parts.append(rng.choice(PRODUCT_NOUN))
    if rng.random() < 0.4:
        parts.append(f"- {rng.choice(COLORS)}")
    return " ".join(parts)


def price(rng: random.Random, currency: str = "$") -> str:
    value = rng.choice((9, 12, 14, 19, 24, 29, 34, 39, 49, 59, 79, 89, 99, 129, 149, 199, 249))
    cents = rng.choice(("99", "95", "00", "50"))
    return f"{currency}{value}.{cents}" if currency in "$£" else f"{value},{cents} {currency}"


def paragraph(rng: random.Random, bank: tuple[str, ...], lo: int = 2, hi: int = 4) -> str:
    count = min(rng.randint(lo, hi), len(bank))
    return " ".join(sub(rng, template) for template in rng.sample(bank, count))


def headline(rng: random.Random) -> str:
    return sub(rng, rng.choice(HEADLINE_TEMPLATES))


def forum_topic(rng: random.Random) -> str:
    return sub(rng, rng.choice(FORUM_TOPIC_TEMPLATES), thing=rng.choice(FORUM_THINGS))


def timestamp(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)[:3]} {rng.randint(1, 28)}, {rng.randint(2021, 2025)}"


def relative_time(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(2, 59)} min ago",
            f"{rng.randint(1, 23)} h ago",
            "yesterday",
            f"{rng.randint(2, 6)} days ago",
            timestamp(rng),
        )
    )


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
