using JourneyBot.Chat;
using JourneyBot.Core.Catalog;
using JourneyBot.Core.Journeys;
using JourneyBot.Slack.BlockKit;
using JourneyBot.Tagging;

namespace JourneyBot.Tests.Catalog;

/// <summary>"Every persona" is a choice: an item without a persona counts in every gap cell, so nothing stores it by default.</summary>
public sealed class PersonaChoiceTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync(new Dictionary<string, string?> { ["Catalog:Editors:0"] = "UEDITOR" });

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    private static AskContext EditorAtTerminal => new("UEDITOR", "C1", "T1") { Terminal = true };

    [Fact]
    public async Task Terminal_add_with_no_persona_given_or_suggested_stores_nothing_and_says_how_to_choose()
    {
        var answer = await _catalog.AskAsync<NoticeAnswer>("add https://x.example/k8s Kubernetes at a glance", EditorAtTerminal);

        Assert.True(answer.IsError);
        Assert.Contains("persona:every-persona", answer.Text);
        Assert.Null((await _catalog.SnapshotAsync()).FindByUrl("https://x.example/k8s"));
    }

    [Fact]
    public async Task Terminal_add_with_persona_every_persona_stores_the_item_for_every_persona()
    {
        var answer = await _catalog.AskAsync<AddedAnswer>("add https://x.example/k8s Kubernetes at a glance persona:every-persona", EditorAtTerminal);

        Assert.Empty(answer.Item.Personas);
    }

    [Fact]
    public async Task Terminal_add_with_stage_and_use_case_but_no_persona_takes_the_suggested_persona()
    {
        var answer = await _catalog.AskAsync<AddedAnswer>("add https://x.example/roi Pipeline ROI calculator stage:decision use-case:ci", EditorAtTerminal);

        Assert.Equal(["executive"], answer.Item.Personas);
    }

    [Fact]
    public async Task Every_persona_cannot_be_combined_with_a_persona()
    {
        var answer = await _catalog.AskAsync<NoticeAnswer>("add https://x.example/mix Mixed guide stage:decision use-case:ci persona:manager,every-persona", EditorAtTerminal);

        Assert.Contains("cannot be combined", answer.Text);
    }

    [Fact]
    public async Task The_add_form_requires_a_persona_offers_every_persona_and_preselects_none_without_a_suggestion()
    {
        var catalog = await _catalog.SnapshotAsync();
        var draft = new CollateralInput("Kubernetes at a glance", "https://x.example/k8s", null, ["consideration"], [], ["cloud-native"], null, null, null);
        var view = AddCollateralForm.Build(draft, new TagSuggestions([], [], [], TagSource.BuiltIn, null), catalog, null);

        var personas = view.Blocks.OfType<InputBlock>().Single(b => b.BlockId == "personas");
        Assert.NotEqual(true, personas.Optional);
        var select = Assert.IsType<MultiStaticSelect>(personas.Element);
        Assert.Contains(select.Options!, o => o.Value == CollateralRules.EveryPersona);
        Assert.Null(select.InitialOptions);
    }
}
