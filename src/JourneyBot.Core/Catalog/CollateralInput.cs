namespace JourneyBot.Core.Catalog;

/// <summary>
/// One collateral item as written by a person (an import row, the add modal): strings, unchecked. The add modal gives no
/// <paramref name="ReviewedOn"/> nor <paramref name="RetiredOn"/>: adding a retired item's URL offers it again.
/// </summary>
public sealed record CollateralInput(
    string? Title, string? Url, string? Type, IReadOnlyList<string> Stages, IReadOnlyList<string> Personas,
    IReadOnlyList<string> UseCases, string? UpdatedOn, string? Owner, string? Description,
    string? ReviewedOn = null, string? RetiredOn = null);
