using JourneyBot.Slack.BlockKit;

namespace JourneyBot.Slack.Handlers;

/// <summary>
/// The answer to a modal submission (a handler returns null to simply close the modal).
/// Serialises to Slack's <c>{"response_action":...}</c>.
/// </summary>
public sealed record ViewSubmissionResponse
{
    private ViewSubmissionResponse(string responseAction) => ResponseAction = responseAction;

    public string ResponseAction { get; }

    /// <summary>block_id → message shown under that input.</summary>
    public IReadOnlyDictionary<string, string>? Errors { get; private init; }

    public View? View { get; private init; }

    public static ViewSubmissionResponse WithErrors(IReadOnlyDictionary<string, string> errors) => new("errors") { Errors = errors };

    public static ViewSubmissionResponse Update(View view) => new("update") { View = view };

    public static ViewSubmissionResponse Push(View view) => new("push") { View = view };

    /// <summary>Closes every modal in the stack.</summary>
    public static ViewSubmissionResponse Clear() => new("clear");
}
