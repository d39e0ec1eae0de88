using JourneyBot.Chat;

namespace JourneyBot.Tests.Chat;

public sealed class AppManifestScopeTests
{
    [Fact]
    public void Manifest_asks_for_files_write_so_the_map_picture_can_be_uploaded()
    {
        var yaml = AppManifest.Yaml(publicUrl: null);

        var bot = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, object>>(yaml);
        var scopes = (List<object>)((Dictionary<object, object>)((Dictionary<object, object>)bot["oauth_config"])["scopes"])["bot"];
        Assert.Contains("files:write", scopes);
    }
}
