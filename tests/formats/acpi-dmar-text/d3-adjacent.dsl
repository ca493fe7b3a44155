/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20200925 (64-bit version)
 * Copyright (c) 2000 - 2020 Intel Corporation
 * 
 * Disassembly of d3-adjacent.aml, Thu Dec  3 18:30:38 2026
 *
 * ACPI Data Table [DMAR]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "DMAR"    [DMA Remapping table]
[004h 0004   4]                 Table Length : 00000090
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 34
[00Ah 0010   6]                       Oem ID : "PLCSVC"
[010h 0016   8]                 Oem Table ID : "D3ADJAC "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "INTL"
[020h 0032   4]        Asl Compiler Revision : 20200925

[024h 0036   1]           Host Address Width : 23
[025h 0037   1]                        Flags : 01
[026h 0038  10]                     Reserved : 00 00 00 00 00 00 00 00 00 00

[030h 0048   2]                Subtable Type : 0000 [Hardware Unit Definition]
[032h 0050   2]                       Length : 0018

[034h 0052   1]                        Flags : 01
[035h 0053   1]                     Reserved : 00
[036h 0054   2]           PCI Segment Number : 0000
[038h 0056   8]        Register Base Address : 00000000FED91000

[040h 0064   1]            Device Scope Type : 03 [IOAPIC Device]
[041h 0065   1]                 Entry Length : 08
[042h 0066   2]                     Reserved : 0000
[044h 0068   1]               Enumeration ID : 08
[045h 0069   1]               PCI Bus Number : F0

[046h 0070   2]                     PCI Path : 1F,00


[048h 0072   2]                Subtable Type : 0001 [Reserved Memory Region]
[04Ah 0074   2]                       Length : 0020

[04Ch 0076   2]                     Reserved : 0000
[04Eh 0078   2]           PCI Segment Number : 0000
[050h 0080   8]                 Base Address : 00000000DEFD0000
[058h 0088   8]          End Address (limit) : 00000000DEFD0FFF

[060h 0096   1]            Device Scope Type : 01 [PCI Endpoint Device]
[061h 0097   1]                 Entry Length : 08
[062h 0098   2]                     Reserved : 0000
[064h 0100   1]               Enumeration ID : 00
[065h 0101   1]               PCI Bus Number : 00

[066h 0102   2]                     PCI Path : 1D,07


[068h 0104   2]                Subtable Type : 0001 [Reserved Memory Region]
[06Ah 0106   2]                       Length : 0028

[06Ch 0108   2]                     Reserved : 0000
[06Eh 0110   2]           PCI Segment Number : 0000
[070h 0112   8]                 Base Address : 00000000DEFD1000
[078h 0120   8]          End Address (limit) : 00000000DEFD1FFF

[080h 0128   1]            Device Scope Type : 01 [PCI Endpoint Device]
[081h 0129   1]                 Entry Length : 08
[082h 0130   2]                     Reserved : 0000
[084h 0132   1]               Enumeration ID : 00
[085h 0133   1]               PCI Bus Number : 00

[086h 0134   2]                     PCI Path : 1D,07


[088h 0136   1]            Device Scope Type : 01 [PCI Endpoint Device]
[089h 0137   1]                 Entry Length : 08
[08Ah 0138   2]                     Reserved : 0000
[08Ch 0140   1]               Enumeration ID : 00
[08Dh 0141   1]               PCI Bus Number : 00

[08Eh 0142   2]                     PCI Path : 1A,07


Raw Table Data: Length 144 (0x90)

    0000: 44 4D 41 52 90 00 00 00 01 34 50 4C 43 53 56 43  // DMAR.....4PLCSVC
    0010: 44 33 41 44 4A 41 43 20 01 00 00 00 49 4E 54 4C  // D3ADJAC ....INTL
    0020: 25 09 20 20 23 01 00 00 00 00 00 00 00 00 00 00  // %.  #...........
    0030: 00 00 18 00 01 00 00 00 00 10 D9 FE 00 00 00 00  // ................
    0040: 03 08 00 00 08 F0 1F 00 01 00 20 00 00 00 00 00  // .......... .....
    0050: 00 00 FD DE 00 00 00 00 FF 0F FD DE 00 00 00 00  // ................
    0060: 01 08 00 00 00 00 1D 07 01 00 28 00 00 00 00 00  // ..........(.....
    0070: 00 10 FD DE 00 00 00 00 FF 1F FD DE 00 00 00 00  // ................
    0080: 01 08 00 00 00 00 1D 07 01 08 00 00 00 00 1A 07  // ................
