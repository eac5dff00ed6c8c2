using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ResearchRelease.Web.Tests.PlainWords;

namespace ResearchRelease.Browser.Tests.Infrastructure;

/// <summary>
/// One journey's browser tab. Every action goes either through the mouse or through the keyboard alone
/// (Tab to the control, then Space or Enter), so the same journey code proves both. Every page the journey
/// sees is read for internal words (codes, field paths, enum names, ISO dates) that a person must never be shown;
/// the mouse journey also screenshots each and checks it with axe against WCAG 2.2 AA.
/// </summary>
public sealed class Driver
{
    private readonly List<string> _violations = [];
    private readonly List<Func<string, bool>> _expectedConsole = [];
    private readonly IPage page;
    private readonly string baseUrl;
    private readonly bool keyboard;
    private int _shot;

    public Driver(IPage page, string baseUrl, string journey, bool keyboard)
    {
        this.page = page;
        this.baseUrl = baseUrl;
        this.keyboard = keyboard;
        Output = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{journey}-{(keyboard ? "keyboard" : "mouse")}");
        // A journey's folder holds this run's pages only: a page a journey no longer visits would otherwise stay
        // beside the new ones under a number the new run also uses.
        if (Directory.Exists(Output))
            Directory.Delete(Output, recursive: true);
        Directory.CreateDirectory(Output);
        // A Content-Security-Policy violation or a script error shows up as a console error: both fail the journey.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !DocumentStatus(message) && !_expectedConsole.Any(e => e(message.Text)))
                _violations.Add($"console error on {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => _violations.Add($"script error on {page.Url}: {error}");
    }

    /// <summary>
    /// Chromium reports a page answered with a 4xx (a 400 error summary, the 409 two-tabs page) as a console error
    /// about the document itself. That status is the page's designed answer; a failing script, style or image still counts.
    /// </summary>
    private bool DocumentStatus(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal)
        && message.Location.StartsWith(page.Url, StringComparison.Ordinal)
        && (message.Location.Length == page.Url.Length || message.Location[page.Url.Length] == ':');

    /// <summary>A console error a journey knows to be harmless; every other error still fails it.</summary>
    public void ExpectConsoleError(Func<string, bool> known) => _expectedConsole.Add(known);

    public IPage Page => page;
    public bool Keyboard => keyboard;
    public string Output { get; }

    public async Task GoAsync(string path) => await page.GotoAsync(baseUrl + path);

    /// <summary>Sign in as a Development persona on the sign-in page and wait to leave it.</summary>
    public async Task SignInAsync(string persona, bool screenshot = false)
    {
        await GoAsync("/dev/sign-in");
        if (screenshot)
            await SeenAsync("sign-in");
        await ChoosePersonaAsync(persona);
    }

    private async Task ChoosePersonaAsync(string persona)
    {
        await ChooseAsync("persona", persona);
        await ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await ArrivedAsync(url => !url.Contains("/dev/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Wait until the tab shows a page whose address matches the glob (** any text, * any but /), fully loaded.</summary>
    public Task ArrivedAsync(string urlGlob)
    {
        var pattern = new Regex(
            "^"
                + Regex.Escape(urlGlob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal)
                + "$",
            RegexOptions.None,
            TimeSpan.FromSeconds(1)
        );
        return ArrivedAsync(pattern.IsMatch, urlGlob);
    }

    /// <summary>Wait until the tab shows a page whose address passes the test, fully loaded.</summary>
    public Task ArrivedAsync(Func<string, bool> url) => ArrivedAsync(url, "the page awaited");

    /// <summary>
    /// Reads the tab's address as Playwright keeps it (updated as each navigation commits) rather than calling its
    /// WaitForURL: when the address already matches, that goes on to wait for a load state, and on a busy machine the
    /// event it waits for can come before it listens, so it waits out its whole timeout on a page long since loaded.
    /// </summary>
    private async Task ArrivedAsync(Func<string, bool> url, string what)
    {
        var deadline = DateTime.UtcNow + ActionTimeout;
        while (!url(page.Url))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The tab never showed {what}; it shows {page.Url}.");
            await Task.Delay(20);
        }
        await LoadedAsync();
    }

    /// <summary>As long as any single action may take (BrowserApp sets the same for Playwright's own waits).</summary>
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Asks the page itself whether it has loaded rather than waiting for Playwright's load event: on a busy machine
    /// that event can reach the client between its check of the states seen and its subscription to new ones, and
    /// the wait then runs to its timeout on a page that loaded long before.
    /// </summary>
    private async Task LoadedAsync() => await page.WaitForFunctionAsync("() => document.readyState === 'complete'");

    /// <summary>Screenshot the page and check it; what is found is collected and reported by <see cref="AssertAccessible"/>.</summary>
    public async Task SeenAsync(string name)
    {
        // The load event, not network idle (which waits a further 500 ms on every page): no page fetches anything
        // after it loads, and GOV.UK Frontend's module script has run by then.
        await LoadedAsync();
        // The screenshots are for people to look at. A keyboard journey sees the pages its mouse twin sees, in the same
        // states, and the twin keeps their pictures: full-page pictures were about a sixth of the browser suite's CPU.
        if (!keyboard)
        {
            // JPEG, not PNG: Chromium's browser process took about twice as long to compress a full-page PNG (1280 by
            // about 1,900 pixels).
            await page.ScreenshotAsync(
                new PageScreenshotOptions
                {
                    Path = Path.Combine(Output, $"{++_shot:00}-{name}.jpg"),
                    FullPage = true,
                    Type = ScreenshotType.Jpeg,
                    Quality = 80,
                }
            );
        }

        if (!await page.EvaluateAsync<bool>("document.body.classList.contains('govuk-frontend-supported')"))
            _violations.Add($"{name} ({page.Url}): GOV.UK Frontend's JavaScript did not initialise");
        // Every keyboard journey has a mouse twin that sees the same pages in the same states, and axe checks them
        // there: run twice, it took most of the browser suite's time and found nothing the first run had not.
        if (!keyboard)
        {
            var result = await AxeCheck.RunAsync(page);
            Assert.True(result.Passes > 0, $"axe checked nothing on {page.Url}");
            // A frame's content would go unchecked by a run inside the page alone.
            Assert.True(result.Frames == 0, $"{page.Url} has a frame, which the accessibility check does not reach");
            foreach (var v in result.Violations)
                _violations.Add($"{name} ({page.Url}): {v.Id} [{v.Impact}] {v.Help} at {string.Join(" | ", v.Nodes)}");
        }
        await CheckWordsAsync(name);
    }

    // The catalogue's pages show its codes on purpose: they are what compliance maintains and scripts use.
    private static readonly string[] IdentifierPages = ["/compliance/catalogue"];

    /// <summary>
    /// The page's words, each text node apart (so that a tag and the words after it, "Alpha" and "This is a new
    /// service", do not run together into one word), without what is there for operators: a process diagram and its
    /// source (the table beside each says the same in words) and hashes.
    /// </summary>
    private async Task CheckWordsAsync(string name)
    {
        if (IdentifierPages.Any(p => new Uri(page.Url).AbsolutePath.StartsWith(p, StringComparison.Ordinal)))
            return;
        var text = await page.EvaluateAsync<string>(
            """
            () => {
                const skip = 'script, style, template, noscript, pre.rr-diagram__source, .rr-diagram__figure, .rr-hash';
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const words = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode())
                    if (!n.parentElement.closest(skip)) words.push(n.nodeValue);
                return words.join(' ');
            }
            """
        );
        foreach (var word in InternalWords.In(InternalWords.Readable(text)))
            _violations.Add($"{name} ({page.Url}): {word}");
    }

    public void AssertAccessible() =>
        Assert.True(
            _violations.Count == 0,
            "axe found WCAG 2.2 AA violations, a page showed internal words, or the console reported errors:\n"
                + string.Join("\n", _violations)
        );

    /// <summary>Signs in as a development persona from the start page, as a person would (the sign-in link, then the persona).</summary>
    public async Task SignInFromStartPageAsync(string persona)
    {
        await GoAsync("/");
        await SeenAsync("start");
        await ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }));
        await ArrivedAsync("**/dev/sign-in**");
        await SeenAsync("sign-in");
        await ChoosePersonaAsync(persona);
    }

    /// <summary>Follow a link or press a button.</summary>
    public async Task ActivateAsync(ILocator target)
    {
        if (!keyboard)
        {
            await target.ClickAsync();
            return;
        }
        await TabToAsync(target);
        await page.Keyboard.PressAsync("Enter");
    }

    public async Task FillAsync(ILocator field, string text)
    {
        if (!keyboard)
        {
            await field.FillAsync(text);
            return;
        }
        await TabToAsync(field);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync(text);
    }

    public async Task SetCheckedAsync(ILocator checkbox, bool wanted)
    {
        if (await checkbox.IsCheckedAsync() == wanted)
            return;
        if (!keyboard)
        {
            await checkbox.SetCheckedAsync(wanted);
            return;
        }
        await TabToAsync(checkbox);
        await page.Keyboard.PressAsync("Space");
    }

    /// <summary>Choose a radio button. By keyboard a radio group is one Tab stop; the arrow keys move the choice.</summary>
    public async Task ChooseAsync(string name, string value)
    {
        var wanted = page.Locator($"input[type=radio][name='{name}'][value='{value}']");
        if (!keyboard)
        {
            await wanted.CheckAsync();
            return;
        }
        await TabUntilAsync($"document.activeElement?.name === {Js(name)}", $"radio group {name}");
        for (var i = 0; i < 20 && !await page.EvaluateAsync<bool>($"document.activeElement?.value === {Js(value)}"); i++)
            await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await wanted.IsCheckedAsync(), $"{name}={value} could not be chosen with the keyboard");
    }

    private async Task TabToAsync(ILocator target)
    {
        var handle = await target.ElementHandleAsync();
        for (var i = 0; i < 500; i++)
        {
            if (await handle.EvaluateAsync<bool>("e => e === document.activeElement"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        throw new InvalidOperationException($"Could not reach {target} with the Tab key on {page.Url}.");
    }

    private async Task TabUntilAsync(string condition, string what)
    {
        for (var i = 0; i < 500; i++)
        {
            if (await page.EvaluateAsync<bool>(condition))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        throw new InvalidOperationException($"Could not reach {what} with the Tab key on {page.Url}.");
    }

    private static string Js(string s)
    {
        var b = new StringBuilder("'");
        foreach (var c in s)
            b.Append(c is '\'' or '\\' ? "\\" + c : c.ToString());
        return b.Append('\'').ToString();
    }
}
