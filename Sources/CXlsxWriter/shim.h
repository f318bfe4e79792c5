/* libxlsxwriter, as Debian's libxlsxwriter-dev installs it. */
#include <xlsxwriter.h>
