using JourneyBot.Tagging.Ai;
using JourneyBot.Tagging.BuiltIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyBot.Tagging;

public static class TaggingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BuiltInTagger"/> and <see cref="ITagSuggester"/>: the Semantic Kernel tagger when
    /// <c>Ai:Endpoint</c> is set (validated at start), otherwise the built-in tagger; and, only with a model,
    /// <see cref="IQuestionModel"/> for questions the built-in reader cannot map.
    /// </summary>
    public static IServiceCollection AddTagging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AiOptions>()
            .Bind(configuration.GetSection(AiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<BuiltInTagger>();

        var ai = configuration.GetSection(AiOptions.SectionName).Get<AiOptions>() ?? new AiOptions();
        if (ai.IsConfigured)
        {
            // Backstop only: the tagger's own timeout (Ai:TimeoutSeconds) cancels first.
            services.AddHttpClient(SemanticKernelTagger.HttpClientName,
                client => client.Timeout = TimeSpan.FromSeconds(Math.Max(ai.TimeoutSeconds, 1) + 30));
            services.TryAddSingleton<SemanticKernelTagger>();
            services.TryAddSingleton<ITagSuggester>(sp => sp.GetRequiredService<SemanticKernelTagger>());

            // Questions wait on the model only as long as Slack allows (Ai:QuestionTimeoutSeconds cancels first).
            services.AddHttpClient(SemanticKernelQuestionModel.HttpClientName,
                client => client.Timeout = TimeSpan.FromSeconds(Math.Max(ai.QuestionTimeoutSeconds, 0.1) + 5));
            services.TryAddSingleton<IQuestionModel, SemanticKernelQuestionModel>();
        }
        else
        {
            services.TryAddSingleton<ITagSuggester>(sp => sp.GetRequiredService<BuiltInTagger>());
        }

        return services;
    }
}
