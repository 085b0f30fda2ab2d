using MudBlazor;

namespace DutyLists.Web.Components.Layout;

/// <summary>
/// A restrained theme for a government reference: one dark blue, neutral greys, and the system's Chinese fonts
/// (no web font to download, and Roboto has no Chinese glyphs anyway).
/// </summary>
public static class AppTheme
{
    private static readonly string[] Fonts =
        ["system-ui", "-apple-system", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#5c6b7a",
            AppbarBackground = "#1f4e79",
            AppbarText = "#ffffff",
            Background = "#f6f7f9",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "rgba(0,0,0,0.8)",
            TextPrimary = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(0,0,0,0.64)",
            LinesDefault = "#dde1e6",
            TableLines = "#e3e6ea",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".9375rem", LineHeight = "1.6" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "600", LineHeight = "1.3" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.3rem", FontWeight = "600", LineHeight = "1.35" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.4" },
            Body1 = new Body1Typography { FontFamily = Fonts, FontSize = ".9375rem", LineHeight = "1.6" },
            Body2 = new Body2Typography { FontFamily = Fonts, FontSize = ".875rem", LineHeight = "1.55" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "200px" },
    };
}
