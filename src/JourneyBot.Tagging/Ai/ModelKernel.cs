using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace JourneyBot.Tagging.Ai;

/// <summary>The one way the model paths (tag suggestions, reading questions) build their Semantic Kernel.</summary>
internal static class ModelKernel
{
    /// <summary>
    /// A kernel for one call on <paramref name="client"/> (a client per call, as IHttpClientFactory intends). The connector
    /// disables its own retries and timeout for a supplied client, so the caller's budget is the only one.
    /// </summary>
    public static Kernel Build(AiOptions options, ILoggerFactory loggerFactory, HttpClient client)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(loggerFactory);
        builder.AddOpenAIChatCompletion(modelId: options.Model!, endpoint: new Uri(options.Endpoint!), apiKey: options.ApiKey, httpClient: client);
        return builder.Build();
    }
}
