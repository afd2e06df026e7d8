using Microsoft.Extensions.Configuration;

namespace ChatPlatform.AppHost.Hosting;

public static class ConfigurationForwardingExtensions
{
    /// <summary>
    /// Hands a section of the AppHost's own configuration (appsettings, command line such as
    /// <c>ContentPolicy:BannedTerms:0:Term=...</c>) to a service as environment variables (<c>ContentPolicy__BannedTerms__0__Term</c>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithConfigurationSection(this IResourceBuilder<ProjectResource> project, string section)
    {
        var values = project.ApplicationBuilder.Configuration.GetSection(section).AsEnumerable()
            .Where(entry => entry.Value is not null)
            .ToList();
        return project.WithEnvironment(context =>
        {
            foreach (var (key, value) in values)
            {
                context.EnvironmentVariables[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
            }
        });
    }

    /// <summary>Hands a section of the AppHost's configuration to every project (for settings every service shares, such as <c>Telemetry</c>).</summary>
    public static IDistributedApplicationBuilder ForwardToEveryProject(this IDistributedApplicationBuilder builder, string section)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithConfigurationSection(section);
        }
        return builder;
    }
}
