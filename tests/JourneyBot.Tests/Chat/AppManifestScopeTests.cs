using JourneyBot.Chat;
using YamlDotNet.RepresentationModel;

namespace JourneyBot.Tests.Chat;

public sealed class AppManifestScopeTests
{
    [Theory]
    [InlineData("users:read")]       // users.info: an owner's time zone
    [InlineData("users:read.email")] // users.lookupByEmail: an owner written as an email
    [InlineData("usergroups:read")]  // usergroups.users.list: a team's members
    [InlineData("files:write")]      // files.getUploadURLExternal: the journey map picture
    public void Manifest_asks_for_the_scopes_owners_and_the_map_picture_need(string scope)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(AppManifest.Yaml(publicUrl: null)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var bot = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["oauth_config"])["scopes"])["bot"];

        Assert.Contains(scope, bot.Children.Select(s => ((YamlScalarNode)s).Value));
    }
}
