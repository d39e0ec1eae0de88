using System.Text.Json;
using JourneyBot.Core;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Core.Tagging;
using JourneyBot.Messages;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Slack.Handlers;
using JourneyBot.Slack.Payloads;
using JourneyBot.Slack.WebApi;
using JourneyBot.Tagging;

namespace JourneyBot.Chat;

/// <summary>
/// The add modal: opened at once with built-in tags (Slack's trigger_id expires in 3 s); when a model is
/// configured its tags replace them with <c>views.update</c> a moment later. Submission is checked by the same
/// rules as import, and problems come back as field errors under the inputs.
/// </summary>
public sealed class AddCollateralForm(SlackApiClient slack, Taggers taggers, ModelFollowUp followUp, ILogger<AddCollateralForm> logger)
{
    public const string CallbackId = "add_collateral";

    public sealed record Metadata(string? Channel);

    /// <returns>null when the form is open; otherwise what to tell the user (Slack refused or did not answer in time).</returns>
    public async Task<NoticeAnswer?> OpenAsync(string triggerId, AddFormAnswer form, string? channel, CancellationToken cancellationToken)
    {
        var view = Build(form.Draft, form.Suggestions, form.Catalog, channel);
        string viewId;
        try
        {
            viewId = await slack.OpenView(triggerId, view, cancellationToken);
        }
        catch (SlackApiException e)
        {
            // Rate limited, Slack down, or the trigger expired: a retry cannot help now, the user can in a moment.
            logger.LogWarning("The add form did not open: {Error}", e.Error);
            return NotOpened;
        }
        // The model may take seconds: the user already has the form, its tags follow.
        if (taggers.HasModel) followUp.UpdateAddForm(viewId, form.Draft, channel);
        return null;
    }

    public static readonly NoticeAnswer NotOpened = new("The add form did not open",
        "Slack is busy or did not answer in time, so nothing was changed. Please try again in a moment.", IsError: true);

    public const string EveryPersonaText = "Every persona (no specific audience)";

    public static View Build(CollateralInput draft, TagSuggestions suggestions, CatalogSnapshot catalog, string? channel)
    {
        static Option Opt(string key, string name) => new(new PlainText(BlockKitLimits.Truncate($"{name} ({key})", BlockKitLimits.OptionText)), key);
        var stageOptions = catalog.BuyerStages.Select(s => Opt(s.Key, s.Name)).ToList();
        // "Every persona" is an option to pick, not what an empty field means: an item for every persona counts in
        // every gap cell, so the person chooses it (the field is required; nothing is pre-selected without a suggestion).
        var personaOptions = catalog.Personas.Select(p => Opt(p.Key, p.Name))
            .Append(new Option(new PlainText(EveryPersonaText), CollateralRules.EveryPersona)).ToList();
        var useCaseOptions = catalog.UseCases.Take(BlockKitLimits.SelectOptions).Select(u => Opt(u.Key, u.Name)).ToList();
        static IReadOnlyList<Option>? Initial(IReadOnlyList<Option> options, IReadOnlyList<string> keys)
        {
            var picked = options.Where(o => keys.Contains(o.Value)).ToList();
            return picked.Count == 0 ? null : picked;
        }
        static InputBlock Text(string id, string label, string? value, bool optional = false, bool multiline = false, int max = 300) => new()
        {
            BlockId = id,
            Label = new PlainText(label),
            Optional = optional ? true : null,
            Element = new PlainTextInput { ActionId = "value", InitialValue = string.IsNullOrEmpty(value) ? null : BlockKitLimits.Truncate(value, max), Multiline = multiline ? true : null, MaxLength = max },
        };
        var source = suggestions.Source == TagSource.Ai ? "the AI model" : "the built-in tagger";
        return new View
        {
            Type = ViewType.Modal,
            CallbackId = CallbackId,
            Title = new PlainText("Add collateral"),
            Submit = new PlainText("Add"),
            Close = new PlainText("Cancel"),
            PrivateMetadata = JsonSerializer.Serialize(new Metadata(channel)),
            Blocks =
            [
                Text("title", "Title", draft.Title, max: CollateralRules.MaxTitle),
                Text("url", "URL (http or https)", draft.Url, max: CollateralRules.MaxUrl),
                Text("description", "Description", draft.Description, optional: true, multiline: true, max: CollateralRules.MaxDescription),
                Text("type", "Type (white paper, webinar, ROI calculator...)", draft.Type, optional: true, max: 100),
                new InputBlock
                {
                    BlockId = "stages", Label = new PlainText("Stages"),
                    Element = new MultiStaticSelect { ActionId = "value", Options = stageOptions, InitialOptions = Initial(stageOptions, draft.Stages) },
                },
                new InputBlock
                {
                    BlockId = "personas", Label = new PlainText("Personas (who is it for?)"),
                    Element = new MultiStaticSelect { ActionId = "value", Options = personaOptions, InitialOptions = Initial(personaOptions, draft.Personas) },
                },
                new InputBlock
                {
                    BlockId = "use_cases", Label = new PlainText("Use cases"),
                    Element = new MultiStaticSelect { ActionId = "value", Options = useCaseOptions, InitialOptions = Initial(useCaseOptions, draft.UseCases) },
                },
                Kit.Context($"Tags pre-filled by {source}." + (suggestions.Note is { } note ? " " + Kit.Escape(note) : "")),
            ],
        };
    }
}

/// <summary>Stores the submitted item, or shows field errors under the inputs that need fixing.</summary>
public sealed class AddCollateralSubmission(CatalogEditor editor, Microsoft.Extensions.Options.IOptions<CatalogOptions> options, SlackApiClient slack, ILogger<AddCollateralSubmission> logger)
    : IViewSubmissionHandler
{
    // Field names of CollateralRules problems -> the modal's block ids.
    private static readonly Dictionary<string, string> BlockOf = new()
    {
        ["title"] = "title", ["url"] = "url", ["description"] = "description", ["stages"] = "stages",
        ["personas"] = "personas", ["use_cases"] = "use_cases", ["updated_on"] = "title",
    };

    public const string NoPersonaChosen = "Choose who it is for: one or more personas, or Every persona.";

    public async Task<ViewSubmissionResponse?> Handle(ViewSubmission submission, CancellationToken cancellationToken)
    {
        if (!options.Value.MayEdit(submission.UserId))
            return ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { ["title"] = CatalogEditor.NotAnEditor().Title });

        var v = submission.View;
        var input = new CollateralInput(
            v.GetValue("title", "value"), v.GetValue("url", "value"), v.GetValue("type", "value"),
            v.GetValues("stages", "value"), v.GetValues("personas", "value"), v.GetValues("use_cases", "value"),
            null, null, v.GetValue("description", "value"));
        // Slack's client requires the field too; a payload is not trusted to have been through it. Every field's
        // problem is shown at once, so the person fixes the form in one go.
        if (input.Personas.Count == 0)
            return Errors([.. await editor.CheckAsync(input, cancellationToken), ("personas", NoPersonaChosen)]);
        var (result, problems) = await editor.AddAsync(input, submission.UserId, cancellationToken);
        if (result is null) return Errors(problems);

        var channel = ReadChannel(v.PrivateMetadata);
        if (channel is not null)
        {
            try
            {
                var message = AnswerMessages.Build(editor.Added(result.Value.Item, result.Value.Created, null, result.Value.Restored)) with { Channel = channel };
                await slack.PostEphemeral(submission.UserId, message, cancellationToken);
            }
            catch (Exception e) when (e is SlackApiException or HttpRequestException)
            {
                // The item is stored; only the confirmation failed (e.g. the bot is not in that channel).
                logger.LogWarning("Added {Url} but could not confirm in {Channel}: {Reason}", LogText.Safe(result.Value.Item.Url), LogText.Safe(channel), e.Message);
            }
        }
        return null;
    }

    private static ViewSubmissionResponse Errors(IEnumerable<(string Field, string Problem)> problems) => ViewSubmissionResponse.WithErrors(
        problems.GroupBy(p => BlockOf.GetValueOrDefault(p.Field, "title"))
            .ToDictionary(g => g.Key, g => BlockKitLimits.Truncate(string.Join("; ", g.Select(p => p.Problem)), 150)));

    private static string? ReadChannel(string? metadata)
    {
        if (string.IsNullOrEmpty(metadata)) return null;
        try { return JsonSerializer.Deserialize<AddCollateralForm.Metadata>(metadata)?.Channel; }
        catch (JsonException) { return null; }
    }
}
