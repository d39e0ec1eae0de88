namespace JourneyBot.Core.Journeys;

/// <summary>
/// Words that are not catalog terms, by what the reader does with them: filler is dropped silently, conversation is
/// shown as ignored but never searched for, and known words are never "corrected" into a term that looks like them.
/// </summary>
internal static class CommonWords
{
    // Words that carry no catalog meaning in questions like "which content fits the consideration stage for CI?".
    public static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "for", "in", "at", "of", "to", "on", "with", "and", "or", "by", "from", "about", "into", "as",
        "stage", "stages", "persona", "personas", "use", "case", "use-case", "usecase", "use-cases", "funnel", "state", "journey",
        "motion", "gtm", "me", "my", "our", "we", "us", "i", "you", "it", "they", "them", "their", "please", "pls", "hi", "hey", "hello",
        "is", "are", "be", "was", "what", "whats", "what's", "which", "who", "that", "this", "these", "those", "there", "here",
        "do", "does", "did", "have", "has", "had", "can", "could", "should", "would", "will", "any", "some", "all",
        "show", "give", "get", "find", "list", "send", "share", "suggest", "recommend", "need", "want", "looking",
        "content", "collateral", "offer", "offers", "asset", "assets", "material", "materials", "item", "items",
        "fit", "fits", "fitting", "good", "best", "right", "now", "currently", "prospect", "prospects", "lead", "leads",
        "account", "accounts", "team", "teams", "people", "someone", "somebody", "audience", "level", "type", "kind",
    };

    // Said in chat, meaningless to a search: shown as ignored so the reader sees they were read past.
    private static readonly HashSet<string> Conversation = new(StringComparer.Ordinal)
    {
        "got", "anything", "something", "stuff", "thing", "things", "just", "really", "maybe", "also", "too", "very", "much", "more",
        "ok", "okay", "thanks", "thank", "thx", "bot", "journeybot", "guys", "folks", "team's", "i'm", "im", "we're", "they're",
        "it's", "i'd", "we'd", "don't", "dont", "doesn't", "know", "think", "like", "sure", "quick", "quickly", "question", "yet",
        "new", "who's", "where", "when", "why", "how", "if", "so", "but", "not", "no", "up", "out", "one", "ones", "else", "other",
        "help", "works", "work", "working", "talking", "talk", "call", "calls", "meeting", "email", "mail", "tomorrow", "today",
        "week", "next-week", "customer", "customers", "company", "org", "organization", "guy", "person", "someone's", "currently",
        "interested", "asking", "asked", "wants", "wanted", "needs", "needed", "useful", "great", "nice", "cool", "latest", "recent",
        "sending", "sharing", "using", "used", "topic", "topics", "around", "regarding", "re", "via", "than",
        "am", "been", "being", "getting", "go", "going", "his", "her", "she", "he", "your", "yours", "its", 
        "lots", "few", "many", "every", "each", "both", "only", "still", "even", "ever", "always", "again", "back",
    };

    // English and business words that sit close to a term but mean something else ("engineering" is not "engineer",
    // "manage" is not "manager"): never answered with "did you mean".
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "engineering", "manage", "managed", "managing", "develop", "developed", "developing", "development", "deploy", "deployed",
        "deploying", "release", "released", "releasing", "build", "built", "building", "test", "tests", "testing", "plan", "planning",
        "secure", "securing", "secured", "operations", "ops", "infra", "infrastructure", "cloud", "code", "coding", "product",
        "products", "executing", "execution", "leader", "leaders", "head", "heads", "chief", "officer",
        "senior", "junior", "staff", "principal", "decided", "deciding", "considered", "considering", "aware", 
        "purchased", "purchasing", "buying", "buyer", "buyers", "sales", "sale", "seller", "sell", "selling", "pitch", "market",
        "marketing", "marketer", "campaign", "campaigns", "integration", "integrate", "delivery", "deliver", "trial", "trials", "price", "pricing", "cost", "costs", "budget", "value",
        "devops", "agility", "container", "cluster", "clusters", "scan", "scans", "scanning", "vulnerability",
        "vulnerabilities", "compliance", "audit", "ideas", "idea", "vendor", "vendors", "tool", "tools",
    };

    public static bool IsFiller(string normalized) => Filler.Contains(normalized);

    public static bool IsConversation(string normalized) => Conversation.Contains(normalized) || Filler.Contains(normalized);

    public static bool IsKnown(string normalized) => Known.Contains(normalized) || Conversation.Contains(normalized);
}
