using ChatPlatform.Deployment.Tests.Infrastructure;

namespace ChatPlatform.Deployment.Tests.Kubernetes;

/// <summary>Every service and the gateway deploy, scale and survive node drains on their own.</summary>
public sealed class ServiceObjectsTests
{
    public static TheoryData<string, string> EveryServiceInEveryOverlay => Platform.EveryServiceInEveryOverlay();

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task Every_service_has_a_deployment_a_service_a_disruption_budget_and_an_autoscaler_that_all_pick_its_pods(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var deployment = rendered.Named<V1Deployment>(service);
        var podLabels = deployment.Spec.Template.Metadata.Labels;

        Assert.True(RenderedObjects.Selects(deployment.Spec.Selector.MatchLabels, podLabels), $"{service}: the Deployment's selector misses its pods.");
        Assert.True(RenderedObjects.Selects(rendered.Named<V1Service>(service).Spec.Selector, podLabels), $"{service}: the Service misses the pods.");
        Assert.True(RenderedObjects.Selects(rendered.Named<V1PodDisruptionBudget>(service).Spec.Selector.MatchLabels, podLabels), $"{service}: the PodDisruptionBudget misses the pods.");

        var autoscaler = rendered.Named<V2HorizontalPodAutoscaler>(service);
        Assert.Equal(("apps/v1", "Deployment", service), (autoscaler.Spec.ScaleTargetRef.ApiVersion, autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.InRange(autoscaler.Spec.MinReplicas ?? 1, 1, autoscaler.Spec.MaxReplicas);
        // A replica count in the Deployment would fight the autoscaler on every apply.
        Assert.Null(deployment.Spec.Replicas);
    }

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task No_service_is_shared_with_another_pod_template(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var selector = rendered.Named<V1Service>(service).Spec.Selector;
        var selected = rendered.OfKind<V1Deployment>()
            .Where(deployment => RenderedObjects.Selects(selector, deployment.Spec.Template.Metadata.Labels))
            .Select(deployment => deployment.Metadata.Name);
        Assert.Equal([service], selected);
    }

    [Fact]
    public async Task Production_keeps_two_pods_of_every_service_so_a_node_drain_never_takes_one_away()
    {
        var rendered = await Kustomize.RenderAsync("prod");
        foreach (var service in Platform.Services)
        {
            var autoscaler = rendered.Named<V2HorizontalPodAutoscaler>(service);
            var budget = rendered.Named<V1PodDisruptionBudget>(service);
            Assert.True(autoscaler.Spec.MinReplicas >= 2, $"{service}: prod must start with at least two pods.");
            Assert.Equal("1", budget.Spec.MaxUnavailable?.Value);
        }
    }

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task Containers_run_as_the_images_non_root_user_without_privileges(string overlay, string service)
    {
        var rendered = await Kustomize.RenderAsync(overlay);
        var pod = rendered.Named<V1Deployment>(service).Spec.Template.Spec;
        var container = rendered.Container(service);

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        // The numeric id of the aspnet images' `app` user, the projects' ContainerUser (Directory.Build.props).
        Assert.Equal(1654, pod.SecurityContext.RunAsUser);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.Contains("ALL", container.SecurityContext.Capabilities.Drop);
    }

    [Theory]
    [MemberData(nameof(EveryServiceInEveryOverlay))]
    public async Task Images_are_the_projects_container_repositories_with_a_tag_other_than_latest(string overlay, string service)
    {
        var image = (await Kustomize.RenderAsync(overlay)).Container(service).Image;
        // ContainerRepository of each project is chatplatform/<name> (scripts/publish.sh).
        var match = System.Text.RegularExpressions.Regex.Match(image, $@"(^|/)chatplatform/{service}:(?<tag>[^/:]+)$");
        Assert.True(match.Success, $"{service}: image {image} is not chatplatform/{service}:<tag>.");
        Assert.NotEqual("latest", match.Groups["tag"].Value);
    }
}
