using DutyLists.Web.Components.Shared;
using DutyLists.Web.Components.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace DutyLists.Web.Components.Tests.Shared;

public sealed class FocusOnPageChangeTests : ComponentTest
{
    private sealed class FirstPage : ComponentBase;

    private sealed class SecondPage : ComponentBase;

    private static RouteData Route<TPage>(params (string Key, object? Value)[] values) =>
        new(typeof(TPage), values.ToDictionary(v => v.Key, v => v.Value));

    private int FocusCalls => JSInterop.Invocations.Count(i => i.Identifier == "dutyLists.focus");

    [Fact]
    public void TheCircuitsFirstRenderLeavesFocusWhereTheReaderPutIt()
    {
        Render<FocusOnPageChange>(p => p.Add(x => x.RouteData, Route<FirstPage>()));

        Assert.Equal(0, FocusCalls);
    }

    [Fact]
    public void MovingToAnotherPageFocusesItsHeadingAndAChangeOfFiltersDoesNot()
    {
        var focus = Render<FocusOnPageChange>(p => p.Add(x => x.RouteData, Route<FirstPage>()));

        focus.Render(p => p.Add(x => x.RouteData, Route<FirstPage>(("q", "消防"))));
        Assert.Equal(0, FocusCalls);

        focus.Render(p => p.Add(x => x.RouteData, Route<SecondPage>()));
        var call = Assert.Single(JSInterop.Invocations, i => i.Identifier == "dutyLists.focus");
        Assert.Equal("h1", call.Arguments[0]);
    }
}
