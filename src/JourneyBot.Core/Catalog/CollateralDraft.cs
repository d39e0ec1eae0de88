namespace JourneyBot.Core.Catalog;

/// <summary>
/// A checked item: every tag is a vocabulary key. <see cref="NewUseCases"/> lists use cases to create.
/// A null <paramref name="ReviewedOn"/> keeps the stored review date (an owner's confirmation is not undone by a file
/// that does not carry it); a null <paramref name="RetiredOn"/> means in use, so writing it brings a retired item back.
/// </summary>
public sealed record CollateralDraft(
    string Title, string Url, string? Type, IReadOnlyList<string> Stages, IReadOnlyList<string> Personas,
    IReadOnlyList<string> UseCases, DateOnly UpdatedOn, string? Owner, string? Description, IReadOnlyList<string> NewUseCases,
    DateOnly? ReviewedOn = null, DateOnly? RetiredOn = null);
