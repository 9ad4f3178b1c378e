# Turns data/migrations/NNN_*.sql into a generated C++ source, so the kiosk carries its
# schema inside the binary and never depends on where it was installed.
function(kiosk_embed_migrations out_var)
  file(GLOB migration_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/migrations/*.sql")
  list(SORT migration_files)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_migrations.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${migration_files}" -P "${PROJECT_SOURCE_DIR}/cmake/WriteMigrations.cmake"
    DEPENDS ${migration_files} "${PROJECT_SOURCE_DIR}/cmake/WriteMigrations.cmake"
    COMMENT "Embedding schema migrations"
    VERBATIM)  # FILES is a ;-list: without VERBATIM the shell splits it at the first ;
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
