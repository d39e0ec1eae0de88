using System.Diagnostics.CodeAnalysis;

namespace JourneyBot.Slack.Payloads;

public enum ParseFailure
{
    None,
    /// <summary>Not the shape Slack sends: bad JSON, bad form encoding, a missing field.</summary>
    Malformed,
    /// <summary>Well formed, but a field is longer than we accept.</summary>
    TooLong,
}

/// <summary>A parsed payload or the reason it could not be parsed. Parsers never throw on bad input.</summary>
public sealed record ParseResult<T> where T : class
{
    public T? Value { get; private init; }
    public ParseFailure Failure { get; private init; }
    public string? Error { get; private init; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Failure == ParseFailure.None;

    public static ParseResult<T> Ok(T value) => new() { Value = value };

    public static ParseResult<T> Malformed(string error) => new() { Failure = ParseFailure.Malformed, Error = error };

    public static ParseResult<T> TooLong(string error) => new() { Failure = ParseFailure.TooLong, Error = error };

    public ParseResult<TOther> Cast<TOther>() where TOther : class =>
        IsSuccess ? throw new InvalidOperationException("Only failures can be cast.") : new() { Failure = Failure, Error = Error };
}
