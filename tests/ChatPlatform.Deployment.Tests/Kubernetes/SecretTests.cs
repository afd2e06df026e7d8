using System.Text.RegularExpressions;
using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.Kubernetes;

/// <summary>No credential is in the repository or in a rendered object: they come from Secrets made outside it.</summary>
public sealed partial class SecretTests
{
    public static TheoryData<string> EveryOverlay => Platform.EveryOverlay();

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task No_secret_object_is_rendered(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        Assert.Empty(rendered.OfKind<V1Secret>().Select(secret => secret.Metadata.Name));
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task No_literal_value_in_an_environment_or_config_map_looks_like_a_credential(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var literals = rendered.OfKind<V1ConfigMap>()
            .SelectMany(map => (map.Data ?? new Dictionary<string, string>()).Select(entry => ($"ConfigMap {map.Metadata.Name}", entry.Key, entry.Value)))
            .Concat(rendered.OfKind<V1Deployment>().SelectMany(deployment => deployment.Spec.Template.Spec.Containers
                .SelectMany(container => (container.Env ?? []).Where(variable => variable.Value is not null)
                    .Select(variable => ($"Deployment {deployment.Metadata.Name}", variable.Name, variable.Value)))));

        foreach (var (owner, name, value) in literals)
        {
            Assert.False(CredentialValue().IsMatch(value), $"{owner}: {name} holds what looks like a credential.");
            Assert.False(CredentialName().IsMatch(name), $"{owner}: {name} is set as a literal; it belongs in a Secret.");
        }
    }

    [Theory]
    [MemberData(nameof(EveryOverlay))]
    public async Task Connection_strings_and_passwords_come_from_secret_keys(string overlay)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        foreach (var service in Platform.Services)
        {
            foreach (var variable in rendered.Environment(service).Values.Where(variable => CredentialName().IsMatch(variable.Name)))
            {
                Assert.True(variable.ValueFrom?.SecretKeyRef is { Name.Length: > 0, Key.Length: > 0 }, $"{service}: {variable.Name} must come from a secretKeyRef.");
            }
        }
    }

    // Npgsql (Password=), StackExchange.Redis (password=), AMQP and other URIs with user:password@, PEM keys.
    [GeneratedRegex(@"(?i)(password|pwd)\s*=|://[^/\s:@]+:[^/\s@]+@|-----BEGIN|requirepass")]
    private static partial Regex CredentialValue();

    [GeneratedRegex(@"(?i)^ConnectionStrings__|password|secret|token|apikey|signingkey")]
    private static partial Regex CredentialName();
}
