namespace ChatPlatform.Gateway.Extensions;

/// <summary>Authorization policy names used by the YARP routes in configuration.</summary>
public static class GatewayPolicies
{
    /// <summary>Any caller with a valid access token; roles are checked by the owning service.</summary>
    public const string Authenticated = "authenticated";
}
