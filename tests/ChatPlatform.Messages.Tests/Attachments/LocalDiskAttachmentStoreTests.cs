using ChatPlatform.Messages.Infrastructure.Attachments;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Messages.Tests.Attachments;

public sealed class LocalDiskAttachmentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"attachments-test-{Guid.NewGuid():N}");

    private LocalDiskAttachmentStore CreateStore() =>
        new(Options.Create(new AttachmentOptions { Root = _root }), new Environment(Path.GetTempPath()));

    [Fact]
    public async Task What_is_written_reads_back_seekable_and_is_gone_after_delete()
    {
        var store = CreateStore();
        var id = Guid.CreateVersion7();
        await using (var write = await store.OpenWriteAsync(id, CancellationToken.None))
        {
            await write.WriteAsync("hello, attachment"u8.ToArray());
        }

        await using (var read = await store.OpenReadAsync(id, CancellationToken.None))
        {
            Assert.NotNull(read);
            Assert.True(read.CanSeek);
            read.Seek(7, SeekOrigin.Begin);
            Assert.Equal("attachment", await new StreamReader(read).ReadToEndAsync());
        }

        await store.DeleteAsync(id, CancellationToken.None);
        Assert.Null(await store.OpenReadAsync(id, CancellationToken.None));
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_id_is_written_once_and_deleting_a_missing_one_is_no_error()
    {
        var store = CreateStore();
        var id = Guid.CreateVersion7();
        await (await store.OpenWriteAsync(id, CancellationToken.None)).DisposeAsync();

        await Assert.ThrowsAsync<IOException>(() => store.OpenWriteAsync(id, CancellationToken.None));
        await store.DeleteAsync(Guid.CreateVersion7(), CancellationToken.None);
    }

    [Fact]
    public void A_relative_root_is_taken_from_the_content_root()
    {
        var contentRoot = Path.Combine(_root, "app");
        var store = new LocalDiskAttachmentStore(Options.Create(new AttachmentOptions { Root = "data/attachments" }), new Environment(contentRoot));
        var id = Guid.CreateVersion7();

        Assert.StartsWith(Path.Combine(contentRoot, "data", "attachments"), store.PathOf(id));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
