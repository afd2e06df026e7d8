namespace ChatPlatform.Identity.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityServiceFixture>
{
    public const string Name = "identity service";
}
