#pragma once

// MoneyFormat moved to models/money so the document's models format figures too.
#include "money/MoneyFormat.h"
