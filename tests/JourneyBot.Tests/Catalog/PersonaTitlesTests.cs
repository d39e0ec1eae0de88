using JourneyBot.Core.Catalog;
using JourneyBot.Core.Catalog.Transfer;
using JourneyBot.Core.Journeys;

namespace JourneyBot.Tests.Catalog;

/// <summary>Job titles are catalog data: seeded, read as persona terms, exported with the vocabulary.</summary>
public sealed class PersonaTitlesTests : IAsyncLifetime
{
    private TestCatalog _catalog = null!;

    public async Task InitializeAsync() => _catalog = await TestCatalog.CreateAsync();

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    [Theory]
    [InlineData("CISO", "executive")]
    [InlineData("VP engineering", "executive")]
    [InlineData("head of platform", "executive")]
    [InlineData("director of platform engineering", "manager")]
    [InlineData("engineering manager", "manager")]
    [InlineData("SRE", "contributor")]
    [InlineData("platform engineer", "contributor")]
    public async Task A_job_title_is_a_term_for_its_persona(string title, string persona)
    {
        var vocabulary = (await _catalog.SnapshotAsync()).Vocabulary;

        Assert.Contains(vocabulary.Lookup(Vocabulary.Normalize(title)), t => t.Kind == TermKind.Persona && t.Key == persona);
    }

    [Fact]
    public async Task Yaml_export_carries_each_personas_titles()
    {
        var document = CatalogTransfer.ToDocument(await _catalog.SnapshotAsync());
        var writer = new StringWriter();
        CatalogYaml.Write(document, writer);

        var copy = CatalogYaml.Read(new StringReader(writer.ToString()));
        Assert.Contains("CISO", copy.Personas.Single(p => p.Key == "executive").Titles);
        Assert.Contains("SRE", copy.Personas.Single(p => p.Key == "contributor").Titles);
    }
}
