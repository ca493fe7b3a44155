using Microsoft.AspNetCore.Http.HttpResults;
using Placement.Api.Domains;
using Placement.Api.Plans;
using Placement.Domain.Layout;
using Placement.Domain.XlConfig;

namespace Placement.Api.XlConfig;

/// <summary>The Swagger examples of xl.cfg in and out, computed by the importer and writer themselves.</summary>
internal static class XlConfigExamples
{
    /// <summary>A desktop's xl.cfg for a passed-through GPU, with its comment and the rdm= xl 4.15 onward drops.</summary>
    public const string File = """
        name = "win11"
        type = "hvm"
        memory = 16384
        vcpus = 8
        vga = "none"
        vif = [ 'bridge=br0,model=e1000' ]
        pci = [
            # the GPU; its audio function stays with dom0
            '0000:01:00.0,permissive=1,rdm_policy=relaxed',
        ]
        rdm = "strategy=host,policy=relaxed"

        """;

    /// <summary>Two disks without a comma between them: xl stops at the second one's line.</summary>
    public const string Broken = "name = \"win11\"\ndisk = [\n    'file:/srv/win11.qcow2,xvda,w'\n    'file:/srv/win11.iso,hdc:cdrom,r'\n]\n";

    public static XlConfigImportResponse Import => ((XlImported)XlConfigImport.Read(File)).Import.ToResponse();

    public static ProblemHttpResult SyntaxError => XlConfigProblems.Unreadable(((XlUnreadable)XlConfigImport.Read(Broken)).Failure);

    /// <summary>The xl.cfg of the example domain vm-42.</summary>
    public static string DomainXlConfig
    {
        get
        {
            var domain = DomainExamples.Stored;
            return XlConfigWriter.Write(domain.Name, (X86Request)domain.Request, (DomainLayout)domain.Layout);
        }
    }

    public static string DeviceTree => ArmPlanExamples.Domain.Arm!.DeviceTree;
}
