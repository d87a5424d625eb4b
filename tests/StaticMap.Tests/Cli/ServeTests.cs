using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Cli;

/// <summary>`staticmap serve` as an editor uses it: open a page, edit a file, the page is told to reload.</summary>
[Trait("Category", "Slow")]
public class ServeTests
{
    [Fact]
    public async Task Editing_a_progress_file_while_serving_updates_the_open_page()
    {
        using var site = TestSite.Valid();
        site.CopyFolder(Path.GetRelativePath(site.Root, TestSite.ThemeFolder), "theme");
        var port = FreePort();
        using var process = Process.Start(StaticMapProcess.StartInfo("serve", "--root", site.Root, "--port", port.ToString()))!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServing(http);
            var page = await http.GetStringAsync("test-county/progress/2024/");
            Assert.Contains("/_staticmap/livereload.js", page);

            using var events = await http.GetStreamAsync("_staticmap/events");
            using var reader = new StreamReader(events);
            Assert.Equal(": connected", await reader.ReadLineAsync());
            site.Replace(TestSite.Plan + "/progress/2024.md", "The first year of the plan", "Edited while serving");

            var reload = await ReadEvent(reader).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal("reload", reload);
            Assert.Contains("Edited while serving", await http.GetStringAsync("test-county/progress/2024/"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ReadEvent(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line["event: ".Length..];
        return "";
    }

    private static async Task WaitUntilServing(HttpClient http)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync("_staticmap/status")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("serve did not start");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
