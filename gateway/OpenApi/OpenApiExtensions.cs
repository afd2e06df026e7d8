namespace ChatPlatform.Gateway.OpenApi;

public static class OpenApiExtensions
{
    public static void AddMergedOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenApiSettings>()
            .BindConfiguration(OpenApiSettings.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // No retries: a service that is not there is skipped quickly, and the next rebuild asks again.
        // RemoveAllResilienceHandlers is marked experimental (EXTEXP0001) but is the supported way to opt one client out.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(ServiceOpenApiFetcher.HttpClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<ServiceOpenApiFetcher>();
        builder.Services.AddSingleton<MergedOpenApiProvider>();
    }
}
