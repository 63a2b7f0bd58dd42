# Writes a copy of a Qt Linguist catalog with every context renamed "*": compiled, it lets the
# translator find a string by its text alone when the context it is asked for is not the one
# lupdate filed it under (code that translates through a helper of its own).
# Usage: cmake -DIN=<catalog.ts> -DOUT=<copy.ts> -P anycontext.cmake
file(READ "${IN}" content)
string(REGEX REPLACE "<name>[^<]*</name>" "<name>*</name>" content "${content}")
file(WRITE "${OUT}" "${content}")
