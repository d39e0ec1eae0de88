using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Core.Digests;

/// <summary>The weekly gap digest, bound from the <c>Digests</c> section.</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string Section = "Digests";

    /// <summary>
    /// IANA zone for subscriptions that name none. We cannot learn the workspace's zone without a users/team API
    /// call, so it is UTC unless set here.
    /// </summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>How far back the demand gaps (questions that found nothing) reach.</summary>
    [Range(1, 90)]
    public int DemandDays { get; set; } = 7;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DigestSchedule.TryFindZone(DefaultTimeZone, out _))
            yield return new ValidationResult(
                $"{Section}:{nameof(DefaultTimeZone)} '{DefaultTimeZone}' is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC).",
                [nameof(DefaultTimeZone)]);
    }
}
