namespace JourneyBot.Slack.Handlers;

/// <summary>Which handler type serves which command, action_id and callback_id. Filled by <see cref="SlackBuilder"/>.</summary>
public sealed class SlackHandlerRegistry
{
    private readonly Dictionary<string, Type> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _submissions = new(StringComparer.Ordinal);
    private readonly List<Type> _events = [];

    // A null key registers a fallback, used when no exact key matches.
    private const string Fallback = "\0*";

    public IReadOnlyList<Type> EventHandlers => _events;

    internal void AddSlashCommand(string? command, Type handler) => Add(_commands, command, handler, "slash command");

    internal void AddBlockAction(string? actionId, Type handler) => Add(_actions, actionId, handler, "action_id");

    internal void AddViewSubmission(string? callbackId, Type handler) => Add(_submissions, callbackId, handler, "callback_id");

    internal void AddEvent(Type handler)
    {
        if (!_events.Contains(handler))
            _events.Add(handler);
    }

    public Type? FindSlashCommand(string command) => Find(_commands, command);

    public Type? FindBlockAction(string actionId) => Find(_actions, actionId);

    public Type? FindViewSubmission(string? callbackId) => Find(_submissions, callbackId);

    private static void Add(Dictionary<string, Type> map, string? key, Type handler, string what)
    {
        if (!map.TryAdd(key ?? Fallback, handler))
            throw new InvalidOperationException($"A handler for {what} '{key ?? "(any)"}' is already registered: {map[key ?? Fallback].Name}.");
    }

    private static Type? Find(Dictionary<string, Type> map, string? key) =>
        key is not null && map.TryGetValue(key, out var handler) ? handler : map.GetValueOrDefault(Fallback);
}
