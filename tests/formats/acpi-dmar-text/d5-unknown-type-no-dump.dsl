/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20200925 (64-bit version)
 * Copyright (c) 2000 - 2020 Intel Corporation
 * 
 * Disassembly of d5-unknown-type.aml, Thu Dec  3 18:30:38 2026
 *
 * ACPI Data Table [DMAR]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "DMAR"    [DMA Remapping table]
[004h 0004   4]                 Table Length : 000000BB
[008h 0008   1]                     Revision : 02
[009h 0009   1]                     Checksum : A4
[00Ah 0010   6]                       Oem ID : "PLCSVC"
[010h 0016   8]                 Oem Table ID : "D5SUBTAB"
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "INTL"
[020h 0032   4]        Asl Compiler Revision : 20200925

[024h 0036   1]           Host Address Width : 26
[025h 0037   1]                        Flags : 05
[026h 0038  10]                     Reserved : 00 00 00 00 00 00 00 00 00 00

[030h 0048   2]                Subtable Type : 0000 [Hardware Unit Definition]
[032h 0050   2]                       Length : 0028

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


[048h 0072   1]            Device Scope Type : 04 [Message-capable HPET Device]
[049h 0073   1]                 Entry Length : 08
[04Ah 0074   2]                     Reserved : 0000
[04Ch 0076   1]               Enumeration ID : 00
[04Dh 0077   1]               PCI Bus Number : 00

[04Eh 0078   2]                     PCI Path : 1F,00


[050h 0080   1]            Device Scope Type : 05 [Namespace Device]
[051h 0081   1]                 Entry Length : 08
[052h 0082   2]                     Reserved : 0000
[054h 0084   1]               Enumeration ID : 01
[055h 0085   1]               PCI Bus Number : 00

[056h 0086   2]                     PCI Path : 15,00


[058h 0088   2]                Subtable Type : 0002 [Root Port ATS Capability]
[05Ah 0090   2]                       Length : 0018

[05Ch 0092   1]                        Flags : 00
[05Dh 0093   1]                     Reserved : 00
[05Eh 0094   2]           PCI Segment Number : 0000

[060h 0096   1]            Device Scope Type : 02 [PCI Bridge Device]
[061h 0097   1]                 Entry Length : 08
[062h 0098   2]                     Reserved : 0000
[064h 0100   1]               Enumeration ID : 00
[065h 0101   1]               PCI Bus Number : 00

[066h 0102   2]                     PCI Path : 1C,00


[068h 0104   1]            Device Scope Type : 02 [PCI Bridge Device]
[069h 0105   1]                 Entry Length : 08
[06Ah 0106   2]                     Reserved : 0000
[06Ch 0108   1]               Enumeration ID : 00
[06Dh 0109   1]               PCI Bus Number : 00

[06Eh 0110   2]                     PCI Path : 01,00


[070h 0112   2]                Subtable Type : 0005 [Unknown Subtable Type]
[072h 0114   2]                       Length : 0014


**** Unknown DMAR subtable type 0x7


