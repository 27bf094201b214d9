using System.Text.Json;
using Microsoft.Playwright;

namespace Tsunagi.EndToEnd.Infrastructure;

/// <summary>Moves through a page with Tab and arrow keys only, checking that focus is visible at every stop.</summary>
public static class KeyboardNavigation
{
    private const string FocusState = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { name: 'body', visible: false, detail: 'nothing has focus' };
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const shadow = s.boxShadow !== 'none';
          const text = (el.getAttribute('aria-label') || el.innerText || el.id || '').trim().slice(0, 30);
          return {
            name: `${el.tagName.toLowerCase()} "${text}"`,
            visible: onScreen && el.matches(':focus-visible') && (outline || shadow),
            detail: `on screen ${onScreen}, :focus-visible ${el.matches(':focus-visible')}, outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}`
          };
        }
        """;

    /// <summary>Presses Tab until <paramref name="target"/> has focus; every element passed on the way must show where focus is.</summary>
    public static async Task TabToAsync(IPage page, ILocator target, int maxPresses = 12)
    {
        var stops = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>(FocusState);
            var name = focus.GetProperty("name").GetString();
            stops.Add(name!);
            Assert.True(focus.GetProperty("visible").GetBoolean(), $"Focus on {name} is not visible ({focus.GetProperty("detail").GetString()}).");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{target} was not reached with {maxPresses} Tab presses; focus went {string.Join(" → ", stops)}.");
    }

    /// <summary>Picks an option of the focused select with the arrow keys, as a keyboard user does.</summary>
    public static async Task ChooseWithArrowsAsync(IPage page, ILocator select, string value, int maxPresses = 10)
    {
        for (var i = 0; i < maxPresses && await select.InputValueAsync() != value; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(value, await select.InputValueAsync());
    }
}
