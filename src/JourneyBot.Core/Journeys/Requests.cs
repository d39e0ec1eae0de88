namespace JourneyBot.Core.Journeys;

/// <summary>Who asked, and where (recorded with questions that find nothing); <see cref="Offset"/> pages through long lists.</summary>
/// <see cref="Interactive"/> is true for a slash command: a modal can be opened and slow work can follow on response_url.
/// <see cref="Terminal"/> is true only for the <c>ask</c> verb: whoever typed it there confirmed it, so <c>add</c> stores at
/// once. Anywhere else (chat) a person confirms catalog changes in the add form: the default is the safe one.
public sealed record AskContext(
    string? UserId = null, string? ChannelId = null, string? TeamId = null, int Offset = 0, bool Interactive = false, bool Terminal = false);

/// <summary>
/// A question parsed into what it asks for. <see cref="Text"/> is the question as typed; <see cref="ReadAs"/> says how a
/// question in plain language (no leading command) was read, so the answer can show it.
/// </summary>
public abstract record JourneyRequest(string Text)
{
    public ReadAs? ReadAs { get; init; }
}

/// <summary>How a plain question was read: what it asks for, the terms understood (by name, in order) and the words read past.</summary>
public sealed record ReadAs(string Intent, IReadOnlyList<string> Understood, IReadOnlyList<string> Ignored);

public sealed record HelpRequest(string Text) : JourneyRequest(Text);

/// <summary>The question could not be read; the answer says why.</summary>
public sealed record UnreadableRequest(string Text, Answer Problem) : JourneyRequest(Text);

/// <see cref="Type"/>: a collateral type key (webinar, ebook) the list is narrowed to, when one was named.
public sealed record NextOfferRequest(string Text, string UseCase, string Stage, string? Persona, string? FromUrl, string? Type = null) : JourneyRequest(Text);

public sealed record CollateralRequest(string Text, string Stage, string? UseCase, string? Persona, string? Type = null) : JourneyRequest(Text);

public sealed record PlayRequest(string Text, string Motion, string? UseCase, string? Persona) : JourneyRequest(Text);

/// <summary><see cref="OwnerAsked"/>: the question was who owns the stage ("who is responsible for decision?"), so the answer leads with that.</summary>
public sealed record StageRequest(string Text, string JourneyKey, string Stage, bool OwnerAsked = false) : JourneyRequest(Text);

public sealed record GapsRequest(string Text, string? UseCase, string? Stage, string? Persona) : JourneyRequest(Text);

/// <summary>Collateral found by the words of its title, description, type and owner, narrowed by any terms also named.</summary>
public sealed record SearchRequest(string Text, string Query, string? UseCase, string? Stage, string? Persona) : JourneyRequest(Text);

/// <summary>Tags given inline as <c>stage:x persona:y use-case:z</c>; null when none were given.</summary>
public sealed record GivenTags(IReadOnlyList<string> Stages, IReadOnlyList<string> Personas, IReadOnlyList<string> UseCases);

public sealed record AddRequest(string Text, string Url, string Title, GivenTags? Tags) : JourneyRequest(Text);

public sealed record TagRequestText(string Text, string Title, string? Description, string? Url) : JourneyRequest(Text);

public sealed record DigestRequest(string Text, string Action, IReadOnlyList<string> Arguments) : JourneyRequest(Text);
