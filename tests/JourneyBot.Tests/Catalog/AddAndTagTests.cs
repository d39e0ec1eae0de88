using JourneyBot.Core.Journeys;
using JourneyBot.Core.Catalog;
using JourneyBot.Tagging;
using Microsoft.EntityFrameworkCore;

namespace JourneyBot.Tests.Catalog;

public sealed class AddAndTagTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync(new Dictionary<string, string?> { ["Catalog:Editors:0"] = "UEDITOR" });

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private static AskContext Editor => new("UEDITOR", "C1", "T1");

    private static AskContext EditorAtTerminal => Editor with { Terminal = true };

    [Fact]
    public async Task A_catalog_copy_gives_the_taggers_one_vocabulary_so_its_compiled_cues_are_kept()
    {
        var catalog = await _catalog.SnapshotAsync();

        Assert.Same(catalog.TagVocabulary(), catalog.TagVocabulary());
        Assert.Equal(catalog.BuyerStages.Select(s => s.Key), catalog.TagVocabulary().Stages.Select(t => t.Key));
    }

    [Fact]
    public async Task Tag_suggests_stage_persona_and_use_case_from_the_vocabulary()
    {
        var answer = await _catalog.AskAsync<TagAnswer>("tag Jenkins to CI migration guide -- step-by-step rollout plan for engineering managers");

        Assert.Equal(TagSource.BuiltIn, answer.Suggestions.Source);
        Assert.Equal("decision", answer.Suggestions.Stages[0].Key);
        Assert.Equal("manager", answer.Suggestions.Personas[0].Key);
        Assert.Equal("ci", answer.Suggestions.UseCases[0].Key);
        Assert.Equal("step-by-step rollout plan for engineering managers", answer.Item.Description);
    }

    [Fact]
    public async Task Add_outside_Slack_stores_the_item_with_suggested_tags_and_audits_who()
    {
        var answer = await _catalog.AskAsync<AddedAnswer>("add https://x.example/roi Pipeline ROI calculator for CI", EditorAtTerminal);

        Assert.True(answer.Created);
        Assert.Equal(TagSource.BuiltIn, answer.SuggestedBy);
        Assert.Equal(["decision"], answer.Item.Stages);
        Assert.Contains("ci", answer.Item.UseCases);
        await using var db = await _catalog.DbAsync();
        var audit = await db.AuditLog.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("UEDITOR", "add", "https://x.example/roi"), (audit.Actor, audit.Action, audit.Detail));
    }

    [Fact]
    public async Task Add_with_explicit_tags_uses_them()
    {
        var answer = await _catalog.AskAsync<AddedAnswer>("add https://x.example/w Webinar on pipelines stage:mql persona:execs use-case:gitops", EditorAtTerminal);

        Assert.Null(answer.SuggestedBy);
        Assert.Equal(["consideration"], answer.Item.Stages);
        Assert.Equal(["executive"], answer.Item.Personas);
        Assert.Equal(["gitops"], answer.Item.UseCases);
        Assert.Equal("Webinar on pipelines", answer.Item.Title);
    }

    [Fact]
    public async Task An_unknown_tag_value_is_refused_with_a_suggestion_and_nothing_is_added()
    {
        var before = (await _catalog.SnapshotAsync()).Items.Count;
        var answer = await _catalog.AskAsync<NotUnderstoodAnswer>("add https://x.example/w Title stage:considerashun use-case:ci", Editor);

        Assert.Contains("consideration", answer.Unknown[0].Suggestions);
        Assert.Equal(before, (await _catalog.SnapshotAsync()).Items.Count);
    }

    [Fact]
    public async Task Only_editors_may_add_when_editors_are_set()
    {
        var answer = await _catalog.AskAsync<NoticeAnswer>("add https://x.example/z Some title", new AskContext("USOMEONE", "C1", "T1"));

        Assert.True(answer.IsError);
        Assert.Null((await _catalog.SnapshotAsync()).FindByUrl("https://x.example/z"));
    }

    [Fact]
    public async Task Add_without_a_url_or_title_says_what_is_missing()
    {
        Assert.Contains("URL", (await _catalog.AskAsync<NeedMoreAnswer>("add Just a title", Editor)).Problem);
        Assert.Contains("title", (await _catalog.AskAsync<NeedMoreAnswer>("add https://x.example/only-url", Editor)).Problem);
    }

    [Fact]
    public async Task In_Slack_add_asks_for_a_form_prefilled_with_built_in_tags()
    {
        var answer = await _catalog.AskAsync<AddFormAnswer>("add https://x.example/f Kubernetes security checklist", Editor with { Interactive = true });

        Assert.Equal("https://x.example/f", answer.Draft.Url);
        Assert.NotEmpty(answer.Draft.Stages);
        Assert.Null((await _catalog.SnapshotAsync()).FindByUrl("https://x.example/f"));
    }

    [Fact]
    public async Task In_chat_add_stores_nothing_and_asks_for_the_form_prefilled_with_the_tags_given()
    {
        var answer = await _catalog.AskAsync<AddFormAnswer>("add https://x.example/g Webinar on pipelines stage:decision persona:execs use-case:gitops", Editor, freeText: true);

        Assert.Equal(["decision"], answer.Draft.Stages);
        Assert.Equal(["executive"], answer.Draft.Personas);
        Assert.Equal(["gitops"], answer.Draft.UseCases);
        Assert.Null((await _catalog.SnapshotAsync()).FindByUrl("https://x.example/g"));
    }
}
