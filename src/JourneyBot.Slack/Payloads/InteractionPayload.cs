using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace JourneyBot.Slack.Payloads;

/// <summary>
/// What Slack posts to the interactivity URL (form field <c>payload</c>) or sends as a Socket Mode
/// <c>interactive</c> envelope. One of <see cref="BlockActions"/>, <see cref="ViewSubmission"/>,
/// or <see cref="OtherInteraction"/> for types we acknowledge without routing (shortcuts, view_closed...).
/// </summary>
public abstract record InteractionPayload
{
    public required string Type { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    public string? TeamId { get; init; }
    public string? ChannelId { get; init; }
    public string? TriggerId { get; init; }
    public string? ResponseUrl { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Parses the url-encoded interactivity body (<c>payload=&lt;json&gt;</c>).</summary>
    public static ParseResult<InteractionPayload> Parse(ReadOnlySpan<byte> formBody)
    {
        var form = SlackForm.Parse(formBody);
        if (!form.IsSuccess)
            return form.Cast<InteractionPayload>();
        if (!form.Value.TryGetValue("payload", out var json) || json.Length == 0)
            return ParseResult<InteractionPayload>.Malformed("interaction has no payload field");

        var document = SlackForm.ParseJson(System.Text.Encoding.UTF8.GetBytes(json));
        if (!document.IsSuccess)
            return document.Cast<InteractionPayload>();
        using (document.Value)
            return ParseText(document.Value.RootElement);
    }

    /// <summary>Parses the interaction JSON itself (the Socket Mode payload).</summary>
    public static ParseResult<InteractionPayload> Parse(JsonElement root) =>
        root.FindInvalidText() is { } invalid ? ParseResult<InteractionPayload>.Malformed(invalid) : ParseText(root);

    // Past the text check: every string in root can be read.
    private static ParseResult<InteractionPayload> ParseText(JsonElement root)
    {
        var type = root.String("type");
        var userId = root.String("user", "id");
        if (type is null || userId is null)
            return ParseResult<InteractionPayload>.Malformed("interaction needs a type and user.id");

        var responseUrl = root.String("response_url") is { Length: > 0 } url ? url : FirstResponseUrl(root);
        if (!SlackForm.IsUsableResponseUrl(responseUrl))
            return ParseResult<InteractionPayload>.Malformed(SlackForm.BadResponseUrl);

        var common = new OtherInteraction
        {
            Type = type,
            UserId = userId,
            UserName = root.String("user", "username") ?? root.String("user", "name"),
            TeamId = root.String("team", "id") ?? root.String("user", "team_id"),
            ChannelId = root.String("channel", "id") ?? root.String("container", "channel_id"),
            TriggerId = root.String("trigger_id"),
            ResponseUrl = string.IsNullOrEmpty(responseUrl) ? null : responseUrl,
            ApiAppId = root.String("api_app_id"),
            Raw = root.Clone(),
        };

        switch (type)
        {
            case "block_actions":
                var actions = new List<BlockAction>();
                foreach (var action in root.Array("actions") is { } list ? list.EnumerateArray().ToList() : [])
                {
                    var actionId = action.String("action_id");
                    if (actionId is null)
                        return ParseResult<InteractionPayload>.Malformed("block action has no action_id");
                    var (value, values) = ReadValue(action);
                    actions.Add(new BlockAction
                    {
                        ActionId = actionId,
                        BlockId = action.String("block_id"),
                        Type = action.String("type"),
                        Value = value,
                        SelectedValues = values,
                        ActionTs = action.String("action_ts"),
                    });
                }
                return ParseResult<InteractionPayload>.Ok(new BlockActions(common, actions)
                {
                    MessageTs = root.String("container", "message_ts") ?? root.String("message", "ts"),
                    View = root.Object("view") is { } view ? ParseView(view) : null,
                });

            case "view_submission":
                return root.Object("view") is { } submitted && ParseView(submitted) is { } parsed
                    ? ParseResult<InteractionPayload>.Ok(new ViewSubmission(common, parsed))
                    : ParseResult<InteractionPayload>.Malformed("view_submission needs a view with an id");

            default:
                return ParseResult<InteractionPayload>.Ok(common);
        }
    }

    private static string? FirstResponseUrl(JsonElement root) =>
        root.Array("response_urls") is { } urls && urls.GetArrayLength() > 0 ? urls[0].String("response_url") : null;

    private static SubmittedView? ParseView(JsonElement view)
    {
        var id = view.String("id");
        if (id is null)
            return null;

        var values = new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>(StringComparer.Ordinal);
        if (view.Object("state")?.Object("values") is { } blocks)
        {
            foreach (var block in blocks.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object))
            {
                var byAction = new Dictionary<string, ViewStateValue>(StringComparer.Ordinal);
                foreach (var action in block.Value.EnumerateObject().Where(a => a.Value.ValueKind == JsonValueKind.Object))
                {
                    var (value, selected) = ReadValue(action.Value);
                    byAction[action.Name] = new ViewStateValue(action.Value.String("type"), value, selected);
                }
                values[block.Name] = byAction;
            }
        }

        return new SubmittedView
        {
            Id = id,
            CallbackId = view.String("callback_id"),
            PrivateMetadata = view.String("private_metadata"),
            Hash = view.String("hash"),
            Values = values,
        };
    }

    /// <summary>An input's value, whichever element it came from (text input, select, multi-select, pickers).</summary>
    private static (string? Value, IReadOnlyList<string> Values) ReadValue(JsonElement element)
    {
        if (element.Array("selected_options") is { } options)
        {
            var selected = options.EnumerateArray().Select(o => o.String("value")).OfType<string>().ToList();
            return (selected.FirstOrDefault(), selected);
        }

        var value = element.String("value")
            ?? element.String("selected_option", "value")
            ?? element.String("selected_date")
            ?? element.String("selected_time")
            ?? element.String("selected_user")
            ?? element.String("selected_channel")
            ?? element.String("selected_conversation");
        return (value, value is null ? [] : [value]);
    }
}

public sealed record BlockActions : InteractionPayload
{
    public BlockActions() { }

    [SetsRequiredMembers]
    internal BlockActions(InteractionPayload common, IReadOnlyList<BlockAction> actions) : base(common) => Actions = actions;

    public required IReadOnlyList<BlockAction> Actions { get; init; }

    /// <summary>The message holding the clicked element, when the action came from a message.</summary>
    public string? MessageTs { get; init; }

    /// <summary>The modal or Home tab holding the element, when the action came from a view.</summary>
    public SubmittedView? View { get; init; }
}

/// <summary>One element interaction (a button click, a select change).</summary>
public sealed record BlockAction
{
    public required string ActionId { get; init; }
    public string? BlockId { get; init; }
    public string? Type { get; init; }

    /// <summary>A button's <c>value</c>, or the selected option's value.</summary>
    public string? Value { get; init; }

    public IReadOnlyList<string> SelectedValues { get; init; } = [];
    public string? ActionTs { get; init; }
}

public sealed record ViewSubmission : InteractionPayload
{
    public ViewSubmission() { }

    [SetsRequiredMembers]
    internal ViewSubmission(InteractionPayload common, SubmittedView view) : base(common) => View = view;

    public required SubmittedView View { get; init; }
}

/// <summary>Types we acknowledge but do not route (shortcuts, view_closed, message actions).</summary>
public sealed record OtherInteraction : InteractionPayload
{
    public JsonElement Raw { get; init; }
}

/// <summary>A modal as submitted: its identity and what the user entered.</summary>
public sealed record SubmittedView
{
    public required string Id { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? Hash { get; init; }

    /// <summary>block_id → action_id → value, from <c>view.state.values</c>.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>> Values { get; init; }

    public string? GetValue(string blockId, string actionId) => Find(blockId, actionId)?.Value;

    public IReadOnlyList<string> GetValues(string blockId, string actionId) => Find(blockId, actionId)?.Values ?? [];

    private ViewStateValue? Find(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var actions) && actions.TryGetValue(actionId, out var value) ? value : null;
}

/// <summary>
/// One input's state: <see cref="Value"/> is the text or single selection, <see cref="Values"/> every
/// selected option (a single selection appears in both).
/// </summary>
public sealed record ViewStateValue(string? Type, string? Value, IReadOnlyList<string> Values);
