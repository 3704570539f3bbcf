document.getElementById("app")!.textContent = "Review";
