using DutyLists.Import.Cells;

namespace DutyLists.Import.Tests.Cells;

public class DepartmentCellTests
{
    [Fact]
    public void FullyPrefixedNamesAreSplitOnTheEnumerationComma()
    {
        // 001 coop #1-style: 木垒县委组织部、木垒县人力资源和社会保障局
        var list = DepartmentCell.Parse("木垒县委组织部、木垒县人力资源和社会保障局");

        Assert.Equal(["木垒县委组织部", "木垒县人力资源和社会保障局"], list.Departments);
        Assert.Null(list.OtherDepartments);
    }

    [Fact]
    public void ElidedCountyPrefixIsRestored()
    {
        // 000 coop #12: 县人力资源和社会保障局、财政局
        Assert.Equal(["县人力资源和社会保障局", "县财政局"], DepartmentCell.Parse("县人力资源和社会保障局、财政局").Departments);
    }

    [Fact]
    public void PartyOrganAfterAPartyOrganInheritsTheCommitteePrefix()
    {
        // 000 coop #5: 县委组织部、机构编制委员会办公室，县人力资源和社会保障局
        var list = DepartmentCell.Parse("县委组织部、机构编制委员会办公室，县人力资源和社会保障局");

        Assert.Equal(["县委组织部", "县委机构编制委员会办公室", "县人力资源和社会保障局"], list.Departments);
    }

    [Fact]
    public void GovernmentDepartmentAfterAPartyOrganTakesOnlyTheCountyPrefix()
    {
        // 000 coop #48: 县委政法委员会、县司法局、卫生健康委员会、人力资源和社会保障局
        // 000 coop #113: 县委政法委员会，县发展和改革委员会、公安局、供电公司
        Assert.Equal(
            ["县委政法委员会", "县司法局", "县卫生健康委员会", "县人力资源和社会保障局"],
            DepartmentCell.Parse("县委政法委员会、县司法局、卫生健康委员会、人力资源和社会保障局").Departments);
        Assert.Equal(
            ["县委政法委员会", "县发展和改革委员会", "县公安局", "县供电公司"],
            DepartmentCell.Parse("县委政法委员会，县发展和改革委员会、公安局、供电公司").Departments);
    }

    [Fact]
    public void EachRunKeepsItsOwnPrefix()
    {
        // 000 coop #69: 州生态环境局察布查尔县分局，县水利局、卫生健康委员会、农业农村局
        // 000 coop #115: …、农业农村局，县委宣传部、网络安全和信息化委员会办公室
        Assert.Equal(
            ["州生态环境局察布查尔县分局", "县水利局", "县卫生健康委员会", "县农业农村局"],
            DepartmentCell.Parse("州生态环境局察布查尔县分局，县水利局、卫生健康委员会、农业农村局").Departments);
        Assert.Equal(
            ["县市场监督管理局", "县农业农村局", "县委宣传部", "县委网络安全和信息化委员会办公室"],
            DepartmentCell.Parse("县市场监督管理局、农业农村局，县委宣传部、网络安全和信息化委员会办公室").Departments);
    }

    [Fact]
    public void HalfWidthCommaSeparatesToo()
    {
        // 000 coop #94: 县委宣传部,县文化体育广播电视台和旅游局
        Assert.Equal(["县委宣传部", "县文化体育广播电视台和旅游局"], DepartmentCell.Parse("县委宣传部,县文化体育广播电视台和旅游局").Departments);
    }

    [Fact]
    public void GenericTailAfterEtAndIsKeptApart()
    {
        // 000 coop #102: …、市场监督管理局等其他负有安全生产监督管理职责的部门
        var etc = DepartmentCell.Parse("县应急管理局、水利局、农业农村局、市场监督管理局等其他负有安全生产监督管理职责的部门");
        // 001 coop #86: 木垒县应急管理局及其他负有安全生产监督管理职责的部门
        var and = DepartmentCell.Parse("木垒县应急管理局及其他负有安全生产监督管理职责的部门");

        Assert.Equal(["县应急管理局", "县水利局", "县农业农村局", "县市场监督管理局"], etc.Departments);
        Assert.Equal("其他负有安全生产监督管理职责的部门", etc.OtherDepartments);
        Assert.Equal(["木垒县应急管理局"], and.Departments);
        Assert.Equal("其他负有安全生产监督管理职责的部门", and.OtherDepartments);
    }

    [Fact]
    public void SpaceSeparatedNamesWithWrapSpacesAreRejoined()
    {
        // 003 #38 (L79): … 区行政审批政务服 务与数据管理局 区自然资源分局 区城市管理综合执 法局 区公安分局 区消防救援大队 等部门
        var list = DepartmentCell.Parse("区市场监督管理局 区行政审批政务服 务与数据管理局 区自然资源分局 区城市管理综合执 法局 区公安分局 区消防救援大队 等部门");

        Assert.Equal(["区市场监督管理局", "区行政审批政务服务与数据管理局", "区自然资源分局", "区城市管理综合执法局", "区公安分局", "区消防救援大队"], list.Departments);
        Assert.Equal("等部门", list.OtherDepartments);
    }

    [Fact]
    public void EtCeteraAndOtherIndustryDepartments()
    {
        // 003 #33: … 区商务局 区文体旅游广电局等部门和其他行业主管部门
        var list = DepartmentCell.Parse("区民政局 区卫生健康委员会 区商务局 区文体旅游广电局等部门和其他行业主管部门");

        Assert.Equal(["区民政局", "区卫生健康委员会", "区商务局", "区文体旅游广电局"], list.Departments);
        Assert.Equal("其他行业主管部门", list.OtherDepartments);
    }

    [Fact]
    public void BareOtherIndustryDepartments()
    {
        // 003 #27: 区应急管理局 其他行业主管部门
        var list = DepartmentCell.Parse("区应急管理局 其他行业主管部门");

        Assert.Equal(["区应急管理局"], list.Departments);
        Assert.Equal("其他行业主管部门", list.OtherDepartments);
    }

    [Fact]
    public void HtmlInTheDepartmentCellIsRemoved()
    {
        // 003 #40: <p>区应急管理局 区农牧局 区消防救援大队</p>; #51: one <p> per department
        Assert.Equal(["区应急管理局", "区农牧局", "区消防救援大队"], DepartmentCell.Parse("<p>区应急管理局 区农牧局 区消防救援大队</p>").Departments);
        Assert.Equal(
            ["区生态环境分局", "区城市管理综合执法局", "区公安分局"],
            DepartmentCell.Parse("<p>区生态环境分局</p> <p>区城市管理综合执法局</p> <p>区公安分局</p>").Departments);
    }

    [Fact]
    public void AliasInHalfWidthParenthesesStaysWithItsName()
    {
        // 003 #41: 区应急管理局 区住房和城乡建设局 区农牧局(区水务局) 区卫生健康委员会 区消防救援大队
        var list = DepartmentCell.Parse("区应急管理局 区住房和城乡建设局 区农牧局(区水务局) 区卫生健康委员会 区消防救援大队");

        Assert.Equal(["区应急管理局", "区住房和城乡建设局", "区农牧局(区水务局)", "区卫生健康委员会", "区消防救援大队"], list.Departments);
    }

    [Fact]
    public void CityPrefixIsNotConfusedWithMarketSupervision()
    {
        // 003 #29: 区住房和城乡建设局 市住房和城乡建设局; 000 #120: 县市场监督管理局、公安局
        Assert.Equal(["区住房和城乡建设局", "市住房和城乡建设局"], DepartmentCell.Parse("区住房和城乡建设局 市住房和城乡建设局").Departments);
        Assert.Equal(["县市场监督管理局", "县公安局"], DepartmentCell.Parse("县市场监督管理局、公安局").Departments);
        Assert.Equal(["县教育局", "县市场监督管理局"], DepartmentCell.Parse("县教育局、市场监督管理局").Departments);
    }
}
