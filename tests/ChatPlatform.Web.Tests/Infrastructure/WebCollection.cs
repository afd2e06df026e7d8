namespace ChatPlatform.Web.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebPlatformFixture>
{
    public const string Name = "web";
}
