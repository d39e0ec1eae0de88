using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JourneyBot.Core.Catalog;

/// <summary>The YAML reader and writer for <see cref="CatalogDocument"/> (snake_case keys).</summary>
public static class CatalogYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    public static CatalogDocument Read(TextReader reader) =>
        Reader.Deserialize<CatalogDocument>(new Transfer.DepthLimitedYamlParser(reader)) ?? new CatalogDocument();

    public static void Write(CatalogDocument document, TextWriter writer) => Writer.Serialize(writer, document);

    /// <summary>The default catalog shipped inside this assembly.</summary>
    public static CatalogDocument ReadDefault()
    {
        using var stream = typeof(CatalogYaml).Assembly.GetManifestResourceStream("JourneyBot.Core.default-catalog.yaml")
            ?? throw new InvalidOperationException("The default catalog resource is missing from JourneyBot.Core.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
