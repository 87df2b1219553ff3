// libxml2 for Swift.
//
// libxml2's headers pull in ICU's `unicode/utypes.h` when LIBXML_ICU_ENABLED is set, and Foundation on Linux
// ships its own ICU (_FoundationICU) whose `UErrorCode` disagrees with the system one. A module that sees both
// then fails to build, intermittently and only on clean builds. Reading the version header first and undefining
// the ICU switch keeps ICU out of this module entirely; nothing Sujarit uses needs it.
#ifndef SUJARIT_CLIBXML2_SHIM_H
#define SUJARIT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/encoding.h>

#endif
