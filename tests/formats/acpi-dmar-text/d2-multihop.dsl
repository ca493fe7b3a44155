/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20200925 (64-bit version)
 * Copyright (c) 2000 - 2020 Intel Corporation
 * 
 * Disassembly of d2-multihop.aml, Thu Dec  3 18:30:38 2026
 *
 * ACPI Data Table [DMAR]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "DMAR"    [DMA Remapping table]
[004h 0004   4]                 Table Length : 000000B8
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : A7
[00Ah 0010   6]                       Oem ID : "PLCSVC"
[010h 0016   8]                 Oem Table ID : "D2MHOP  "
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "INTL"
[020h 0032   4]        Asl Compiler Revision : 20200925

[024h 0036   1]           Host Address Width : 26
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
[04Ah 0074   2]                       Length : 002A

[04Ch 0076   2]                     Reserved : 0000
[04Eh 0078   2]           PCI Segment Number : 0000
[050h 0080   8]                 Base Address : 000000007A000000
[058h 0088   8]          End Address (limit) : 000000007A00FFFF

[060h 0096   1]            Device Scope Type : 01 [PCI Endpoint Device]
[061h 0097   1]                 Entry Length : 0A
[062h 0098   2]                     Reserved : 0000
[064h 0100   1]               Enumeration ID : 00
[065h 0101   1]               PCI Bus Number : 00

[066h 0102   2]                     PCI Path : 1C,07

[068h 0104   2]                     PCI Path : 00,02


[06Ah 0106   1]            Device Scope Type : 01 [PCI Endpoint Device]
[06Bh 0107   1]                 Entry Length : 08
[06Ch 0108   2]                     Reserved : 0000
[06Eh 0110   1]               Enumeration ID : 00
[06Fh 0111   1]               PCI Bus Number : 00

[070h 0112   2]                     PCI Path : 1F,02


[072h 0114   2]                Subtable Type : 0001 [Reserved Memory Region]
[074h 0116   2]                       Length : 0022

[076h 0118   2]                     Reserved : 0000
[078h 0120   2]           PCI Segment Number : 0000
[07Ah 0122   8]                 Base Address : 000000007A010000
[082h 0130   8]          End Address (limit) : 000000007A01FFFF

[08Ah 0138   1]            Device Scope Type : 01 [PCI Endpoint Device]
[08Bh 0139   1]                 Entry Length : 0A
[08Ch 0140   2]                     Reserved : 0000
[08Eh 0142   1]               Enumeration ID : 00
[08Fh 0143   1]               PCI Bus Number : 00

[090h 0144   2]                     PCI Path : 02,00

[092h 0146   2]                     PCI Path : 00,00


[094h 0148   2]                Subtable Type : 0001 [Reserved Memory Region]
[096h 0150   2]                       Length : 0024

[098h 0152   2]                     Reserved : 0000
[09Ah 0154   2]           PCI Segment Number : 0000
[09Ch 0156   8]                 Base Address : 000000007A020000
[0A4h 0164   8]          End Address (limit) : 000000007A020FFF

[0ACh 0172   1]            Device Scope Type : 01 [PCI Endpoint Device]
[0ADh 0173   1]                 Entry Length : 0C
[0AEh 0174   2]                     Reserved : 0000
[0B0h 0176   1]               Enumeration ID : 00
[0B1h 0177   1]               PCI Bus Number : 00

[0B2h 0178   2]                     PCI Path : 01,00

[0B4h 0180   2]                     PCI Path : 00,00

[0B6h 0182   2]                     PCI Path : 03,01


Raw Table Data: Length 184 (0xB8)

    0000: 44 4D 41 52 B8 00 00 00 01 A7 50 4C 43 53 56 43  // DMAR......PLCSVC
    0010: 44 32 4D 48 4F 50 20 20 01 00 00 00 49 4E 54 4C  // D2MHOP  ....INTL
    0020: 25 09 20 20 26 01 00 00 00 00 00 00 00 00 00 00  // %.  &...........
    0030: 00 00 18 00 01 00 00 00 00 10 D9 FE 00 00 00 00  // ................
    0040: 03 08 00 00 08 F0 1F 00 01 00 2A 00 00 00 00 00  // ..........*.....
    0050: 00 00 00 7A 00 00 00 00 FF FF 00 7A 00 00 00 00  // ...z.......z....
    0060: 01 0A 00 00 00 00 1C 07 00 02 01 08 00 00 00 00  // ................
    0070: 1F 02 01 00 22 00 00 00 00 00 00 00 01 7A 00 00  // ...."........z..
    0080: 00 00 FF FF 01 7A 00 00 00 00 01 0A 00 00 00 00  // .....z..........
    0090: 02 00 00 00 01 00 24 00 00 00 00 00 00 00 02 7A  // ......$........z
    00A0: 00 00 00 00 FF 0F 02 7A 00 00 00 00 01 0C 00 00  // .......z........
    00B0: 00 00 01 00 00 00 03 01                          // ........
